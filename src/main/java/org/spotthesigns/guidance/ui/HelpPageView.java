package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class HelpPageView extends GuidancePageView {

    HelpPageView(GuidanceService guidance) {
        super(guidance);
    }
}
