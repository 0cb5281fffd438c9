package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidanceService;

@Route("about")
@AnonymousAllowed
class AboutView extends GeneralPageView {

    AboutView(GuidanceService guidance) {
        super(guidance, "about");
    }
}
