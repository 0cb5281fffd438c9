package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * The addresses of the pages Vaadin serves in the language the visitor is reading: the report form
 * and follow-up have an address in each language the interface is translated into
 * ({@code /pl/report/danger}), English without a prefix, and their links and moves stay in it.
 */
public final class LanguageAddresses {

    /** The name of the first segment of such an address: the language, when it is not English. */
    public static final String PARAMETER = "language";

    /**
     * The start of a route alias for a page's address in another language: any short code is
     * taken, and a language the form is not in answers "not found" ({@link PublicPageBootstrap}).
     */
    public static final String PREFIX = ":" + PARAMETER + "([a-z]{2,3})/";

    private LanguageAddresses() {}

    /** The language of the current UI's words ({@code en} outside any UI). */
    public static String language() {
        UI ui = UI.getCurrent();
        return ui == null ? PlainDocuments.ENGLISH : PlainDocuments.language(ui.getLocale());
    }

    /**
     * @param englishAddress an address such as {@code /report/danger} or {@code /}
     * @return the same page's address in the current UI's language
     */
    public static String here(String englishAddress) {
        return PlainDocuments.address(language(), englishAddress);
    }

    /** The same, as Vaadin's router takes it: without the leading slash. */
    public static String route(String englishAddress) {
        return here(englishAddress).substring(1);
    }
}
