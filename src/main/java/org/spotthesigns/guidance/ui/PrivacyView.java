package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidanceService;

@Route("privacy")
@AnonymousAllowed
class PrivacyView extends GeneralPageView {

    PrivacyView(GuidanceService guidance) {
        super(guidance, "privacy");
    }
}
