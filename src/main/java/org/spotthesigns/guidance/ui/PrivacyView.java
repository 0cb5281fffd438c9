package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class PrivacyView extends GeneralPageView {

    PrivacyView(GuidanceService guidance, PageLanguage language) {
        super(guidance, "privacy", language);
    }
}
