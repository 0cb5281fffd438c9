package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

/** The young people's door: plain words, and "you are not in trouble" before anything else. */
class HelpView extends SectionIndexView {

    HelpView(GuidanceService guidance, PageLanguage language) {
        super("help.title", "help.intro", guidance::helpPages, language);
        addComponentAtIndex(1, GuidanceArticle.interfaceWords(YoungPeoplesSupport.supportNow(this), language.locale()));
    }
}
