package org.spotthesigns.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/** What the first response for a public address shows before Vaadin has started in the browser. */
public sealed interface Prerendered {

    /** The address's own view, built as Vaadin builds it, so the copy and the view cannot drift apart. */
    static <V extends Component & HasDynamicTitle> Page page(V view, String description) {
        return new Page(view, view.getPageTitle(), description);
    }

    /** The address belongs to a feature but names nothing it holds, such as a sign that does not exist. */
    static Prerendered missing() {
        return new Missing();
    }

    /**
     * @param view        the view, not attached to any UI; only its elements are read
     * @param title       the document title
     * @param description the page's meta description, a sentence for search results and link previews
     */
    record Page(Component view, String title, String description) implements Prerendered {}

    record Missing() implements Prerendered {}
}
