package org.spotthesigns.shared.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's own provider of the words in {@code vaadin-i18n/translations*.properties}, with British
 * English first among its languages. A page built outside any UI (every plain guidance document)
 * reads its words in the first language listed; found by file names alone, that would be whichever
 * translation sorts first, not the original.
 */
@org.springframework.stereotype.Component
class PortalTranslations extends DefaultI18NProvider {

    private static final Map<String, Boolean> HAS_WORDS = new ConcurrentHashMap<>();

    /**
     * Whether a language has a translation file of its own, looked up by its name: a listing of the
     * folder (what Vaadin's own provider reads) finds nothing inside the packaged jar, where the
     * pages would then have been English whatever their address.
     */
    static boolean hasWords(String language) {
        return HAS_WORDS.computeIfAbsent(
                language,
                code -> code.matches("[a-z]{2,3}")
                        && PortalTranslations.class
                                        .getClassLoader()
                                        .getResource("vaadin-i18n/translations_" + code + ".properties")
                                != null);
    }

    PortalTranslations() {
        super(englishFirst(I18NUtil.getDefaultTranslationLocales(PortalTranslations.class.getClassLoader())));
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
