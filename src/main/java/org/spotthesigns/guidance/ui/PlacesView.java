package org.spotthesigns.guidance.ui;

import org.spotthesigns.guidance.GuidanceService;

class PlacesView extends SectionIndexView {

    PlacesView(GuidanceService guidance, PageLanguage language) {
        super("places.title", "places.intro", guidance::places, language);
    }
}
