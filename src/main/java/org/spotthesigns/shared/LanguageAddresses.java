package org.spotthesigns.shared;

import com.vaadin.flow.component.UI;
import java.util.Locale;

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
     * taken, and a language the form is not in answers "not found" (the UI's listener in
     * {@code shared.ui.PublicPageBootstrap}).
     */
    public static final String PREFIX = ":" + PARAMETER + "([a-z]{2,3})/";

    private LanguageAddresses() {}

    /** English, whose addresses have no language in them. */
    public static final String ENGLISH = "en";

    /** The language of the current UI's words ({@code en} outside any UI). */
    public static String language() {
        UI ui = UI.getCurrent();
        return ui == null ? ENGLISH : language(ui.getLocale());
    }

    /** The language of a UI's or a document's words: {@code en} for British English. */
    public static String language(Locale locale) {
        return locale.getLanguage().isEmpty() ? ENGLISH : locale.getLanguage();
    }

    /**
     * @param language a language of the portal
     * @param path     an address of an English page, such as {@code /} or {@code /signs/two-phones}
     * @return the same page's address in the language
     */
    public static String address(String language, String path) {
        if (language.equals(ENGLISH)) {
            return path;
        }
        return "/" + language + (path.equals("/") ? "/" : path);
    }

    /**
     * @param englishAddress an address such as {@code /report/danger} or {@code /}
     * @return the same page's address in the current UI's language
     */
    public static String here(String englishAddress) {
        return address(language(), englishAddress);
    }

    /** The same, as Vaadin's router takes it: without the leading slash. */
    public static String route(String englishAddress) {
        return here(englishAddress).substring(1);
    }
}
