package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidanceService;

@Route("where-it-happens")
@AnonymousAllowed
class PlacesView extends SectionIndexView {

    PlacesView(GuidanceService guidance) {
        super("places.title", "places.intro", guidance::places);
    }
}
