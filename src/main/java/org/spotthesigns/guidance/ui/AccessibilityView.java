package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class AccessibilityView extends GeneralPageView {

    AccessibilityView(GuidanceService guidance, PageLanguage language) {
        super(guidance, "accessibility", language);
    }
}
