package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class AboutView extends GeneralPageView {

    AboutView(GuidanceService guidance) {
        super(guidance, "about");
    }
}
