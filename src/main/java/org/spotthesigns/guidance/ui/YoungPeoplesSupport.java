package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * What every young people's page says the same way, from the translations: how to leave the site
 * fast and keep the visit private.
 */
final class YoungPeoplesSupport {

    private YoungPeoplesSupport() {
    }

    /**
     * How to leave fast, in two versions the stylesheet chooses between: a touch screen has no
     * Shift key, so it reads only about the button; a keyboard reads about the shortcut too.
     * Without styles both are read, and both are true.
     */
    static Component keepSafe(Div view) {
        Paragraph onTouch = new Paragraph(view.getTranslation("help.keepSafe.touch"));
        onTouch.addClassName("on-touch");
        Paragraph onKeyboard = new Paragraph(view.getTranslation("help.keepSafe.keyboard"));
        onKeyboard.addClassName("on-keyboard");
        Section section = new Section(new H2(view.getTranslation("help.keepSafe.heading")), onTouch, onKeyboard);
        section.addClassName("keep-safe");
        return section;
    }
}
