package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class AboutView extends GeneralPageView {

    AboutView(GuidanceService guidance, PageLanguage language) {
        super(guidance, "about", language);
    }
}
