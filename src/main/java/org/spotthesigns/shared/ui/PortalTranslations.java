package org.spotthesigns.shared.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's own provider of the words in {@code vaadin-i18n/translations*.properties}, with British
 * English first among its languages. A page built outside any UI (every plain guidance document)
 * reads its words in the first language listed; found by file names alone, that would be whichever
 * translation sorts first, not the original.
 */
@org.springframework.stereotype.Component
class PortalTranslations extends DefaultI18NProvider {

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
