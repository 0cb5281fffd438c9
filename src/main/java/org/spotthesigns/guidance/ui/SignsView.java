package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class SignsView extends SectionIndexView {

    SignsView(GuidanceService guidance, PageLanguage language) {
        super("signs.title", "signs.intro", guidance::signs, language);
    }
}
