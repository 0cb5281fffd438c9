package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class HelpPageView extends GuidancePageView {

    HelpPageView(GuidanceService guidance, PageLanguage language) {
        super(guidance, language);
    }
}
