package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;

/**
 * The language a guidance document is built in, and whether a page it shows is written in it or
 * stands in English in its place (a translation can arrive one file at a time).
 */
record PageLanguage(Locale locale, GuidanceService guidance) {

    static PageLanguage of(String language, GuidanceService guidance) {
        return new PageLanguage(language.equals("en") ? Locale.UK : Locale.of(language), guidance);
    }

    boolean isEnglish() {
        return GuidanceArticle.isEnglish(locale);
    }

    /** Whether the page's own text is in this language rather than in English in its place. */
    boolean translates(GuidancePage page) {
        return isEnglish() || guidance.isTranslated(page.section(), page.id(), locale);
    }

    /** A page's title or summary shown in English on a page in another language says so. */
    <C extends Component> C markIfEnglish(C component, GuidancePage page) {
        if (!translates(page)) {
            component.getElement().setAttribute("lang", "en");
        }
        return component;
    }
}
