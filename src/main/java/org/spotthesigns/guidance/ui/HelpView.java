package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

/** The young people's door: plain words, and "you are not in trouble" before anything else. */
class HelpView extends SectionIndexView {

    HelpView(GuidanceService guidance) {
        super("help.title", "help.intro", guidance::helpPages);
        addComponentAtIndex(1, YoungPeoplesSupport.supportNow(this));
    }
}
