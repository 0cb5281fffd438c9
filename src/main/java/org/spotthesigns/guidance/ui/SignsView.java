package org.spotthesigns.guidance.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidanceService;

@Route("signs")
@AnonymousAllowed
class SignsView extends SectionIndexView {

    SignsView(GuidanceService guidance) {
        super("signs.title", "signs.intro", guidance::signs);
    }
}
