package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

@Route("help/:id")
@AnonymousAllowed
class HelpPageView extends GuidancePageView {

    HelpPageView(GuidanceService guidance) {
        super(guidance, Section.HELP);
    }
}
