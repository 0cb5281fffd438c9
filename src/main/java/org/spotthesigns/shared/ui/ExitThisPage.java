package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import org.spotthesigns.shared.ExitThisPageProperties;

/**
 * The "Exit this page" control. It is a real link to the neutral site, so it works even before
 * any script has run; {@code scripts/exit-this-page.js} turns a press of it, or three presses of
 * Shift, into a blank screen, a history entry replaced rather than added, and an ended session.
 */
final class ExitThisPage {

    static final String CSS_CLASS = "exit-this-page";

    private ExitThisPage() {}

    static Anchor button(ExitThisPageProperties exit) {
        Anchor link = new Anchor(exit.url(), "");
        // from the component, not the UI: the first response builds this frame before any UI exists
        link.setText(link.getTranslation("site.exit"));
        link.addClassName(CSS_CLASS);
        link.setId(CSS_CLASS);
        link.getElement().setAttribute("role", "button");
        link.getElement().setAttribute("rel", "noreferrer");
        // Vaadin's router would otherwise try to handle the press as an in-app navigation.
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
