package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/**
 * GOV.UK's error summary: at the top of the page, announced, focused, with a link to each field
 * that needs an answer.
 */
final class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();

    ErrorSummary() {
        addClassName("error-summary");
        setId("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        add(new H2(getTranslation("report.errors.title")), list);
        setVisible(false);
    }

    /** A problem that belongs to no single field, such as a failed send. */
    void showMessage(String message) {
        list.removeAll();
        list.add(new ListItem(message));
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    /** Shows one line per field (its id and message) and moves focus here; empty hides it. */
    void show(Map<String, String> messagesByFieldId) {
        list.removeAll();
        messagesByFieldId.forEach((fieldId, message) -> {
            Anchor link = new Anchor("#" + fieldId, message);
            link.getElement().setAttribute("router-ignore", true);
            // the field itself gets focus: a fragment link would only scroll to it
            link.getElement()
                    .executeJs(
                            "this.addEventListener('click', e => { e.preventDefault();"
                                    + " const f = document.getElementById($0); if (!f) { return; }"
                                    + " const input = f.querySelector('input:not([tabindex=\"-1\"]), textarea, button') || f;"
                                    + " input.focus(); f.scrollIntoView({block: 'center'}); })",
                            fieldId);
            list.add(new ListItem(link));
        });
        setVisible(!messagesByFieldId.isEmpty());
        if (!messagesByFieldId.isEmpty()) {
            getElement().executeJs("this.focus()");
        }
    }
}
