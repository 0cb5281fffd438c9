package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * What every young people's page says the same way, from the translations: who to talk to now,
 * how to leave the site fast and how to keep the visit private.
 */
final class YoungPeoplesSupport {

    /** The help page with the steps to clear a phone's history and to browse privately. */
    static final String PRIVATE_VISIT = "/help/keep-your-visit-private";

    private YoungPeoplesSupport() {}

    /**
     * Childline and Fearless, right under the heading: a young person at risk finds someone to
     * talk to before reading anything else.
     */
    static Component supportNow(Div view) {
        String number = view.getTranslation("help.support.childline.number");
        Paragraph childline = new Paragraph(
                new Span(view.getTranslation("help.support.childline.before")),
                new Anchor("tel:" + number.replace(" ", ""), number),
                new Span(view.getTranslation("help.support.childline.middle")),
                new Anchor(
                        view.getTranslation("help.support.childline.chat.address"),
                        view.getTranslation("help.support.childline.chat")),
                new Span(view.getTranslation("help.support.childline.after")));
        Paragraph fearless = new Paragraph(
                new Span(view.getTranslation("help.support.fearless.before")),
                new Anchor(
                        view.getTranslation("help.support.fearless.address"),
                        view.getTranslation("help.support.fearless.link")),
                new Span(view.getTranslation("help.support.fearless.after")));
        Section section = new Section(new H2(view.getTranslation("help.support.heading")), childline, fearless);
        section.addClassName("support-now");
        return section;
    }

    /**
     * How to leave fast, in two versions the stylesheet chooses between: a touch screen has no
     * Shift key, so it reads only about the button; a keyboard reads about the shortcut too.
     * Without styles both are read, and both are true. Then the way to the steps that clear the
     * history, except on the page that holds them.
     */
    static Component keepSafe(Div view, String path) {
        Paragraph onTouch = new Paragraph(view.getTranslation("help.keepSafe.touch"));
        onTouch.addClassName("on-touch");
        Paragraph onKeyboard = new Paragraph(view.getTranslation("help.keepSafe.keyboard"));
        onKeyboard.addClassName("on-keyboard");
        Section section = new Section(new H2(view.getTranslation("help.keepSafe.heading")), onTouch, onKeyboard);
        if (!path.equals(PRIVATE_VISIT)) {
            section.add(new Paragraph(
                    new Span(view.getTranslation("help.keepSafe.history")),
                    new Anchor(PRIVATE_VISIT, view.getTranslation("help.keepSafe.history.link")),
                    new Span(view.getTranslation("help.keepSafe.history.after"))));
        }
        section.addClassName("keep-safe");
        return section;
    }
}
