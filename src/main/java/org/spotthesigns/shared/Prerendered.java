package org.spotthesigns.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/** What the first response for a public address shows before Vaadin has started in the browser. */
public sealed interface Prerendered {

    /** The address's own view, built as Vaadin builds it, so the copy and the view cannot drift apart. */
    static <V extends Component & HasDynamicTitle> Page page(V view, String description) {
        return new Page(view, view.getPageTitle(), description, Languages.ENGLISH);
    }

    /** A page at an address of one of the portal's languages, written in it or in English in its place. */
    static <V extends Component & HasDynamicTitle> Page page(V view, String description, Languages languages) {
        return new Page(view, view.getPageTitle(), description, languages);
    }

    /** The address belongs to a feature but names nothing it holds, such as a sign that does not exist. */
    static Prerendered missing() {
        return new Missing();
    }

    /**
     * @param view        the view, not attached to any UI; only its elements are read
     * @param title       the document title
     * @param description the page's meta description, a sentence for search results and link previews
     * @param languages   the language of its address and of its text, and the languages it is written in
     */
    record Page(Component view, String title, String description, Languages languages) implements Prerendered {}

    /**
     * @param address   the language of the page's address ({@code en} for the unprefixed ones)
     * @param text      the language the page's own text is in: the address's, or English where no
     *                  translation of the page exists yet
     * @param available every language the page is written in, English first
     * @param reviewed  false while its text is a translation no speaker of the language has checked
     */
    record Languages(String address, String text, List<String> available, boolean reviewed) {

        public static final Languages ENGLISH = new Languages("en", "en", List.of("en"), true);

        public Languages {
            available = List.copyOf(available);
        }
    }

    record Missing() implements Prerendered {}
}
