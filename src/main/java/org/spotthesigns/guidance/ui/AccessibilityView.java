package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidanceService;

@Route("accessibility")
@AnonymousAllowed
class AccessibilityView extends GeneralPageView {

    AccessibilityView(GuidanceService guidance) {
        super(guidance, "accessibility");
    }
}
