package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class SignsView extends SectionIndexView {

    SignsView(GuidanceService guidance) {
        super("signs.title", "signs.intro", guidance::signs);
    }
}
