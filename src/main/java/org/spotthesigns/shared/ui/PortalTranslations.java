package org.spotthesigns.shared.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vaadin's own provider of the words in {@code vaadin-i18n/translations*.properties}, with British
 * English first among its languages. A page built outside any UI (every plain guidance document)
 * reads its words in the first language listed; found by file names alone, that would be whichever
 * translation sorts first, not the original.
 */
@org.springframework.stereotype.Component
class PortalTranslations extends DefaultI18NProvider {

    private static final List<Locale> FILES =
            I18NUtil.getDefaultTranslationLocales(PortalTranslations.class.getClassLoader());

    /**
     * The languages with a translation file of their own, read once from the files: which pages
     * have words in a language is decided from these, never from whatever Vaadin service a thread
     * happens to hold.
     */
    static final Set<String> TRANSLATED = FILES.stream()
            .map(Locale::getLanguage)
            .filter(language -> !language.isEmpty() && !language.equals("en"))
            .collect(Collectors.toUnmodifiableSet());

    PortalTranslations() {
        super(englishFirst(FILES));
    }

    static List<Locale> englishFirst(List<Locale> translations) {
        List<Locale> locales = new ArrayList<>();
        locales.add(Locale.UK);
        translations.stream()
                .filter(locale ->
                        !locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en"))
                .forEach(locales::add);
        return List.copyOf(locales);
    }
}
