package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.spotthesigns.guidance.GuidancePage;

/** A section's front page: its heading, a sentence of introduction, and a card per page. */
abstract class SectionIndexView extends Div implements HasDynamicTitle {

    private final String titleKey;

    SectionIndexView(
            String titleKey, String introKey, Function<Locale, List<GuidancePage>> pages, PageLanguage language) {
        this.titleKey = titleKey;
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("lead");
        Locale locale = language.locale();
        add(
                GuidanceArticle.interfaceWords(GuidanceArticle.heading(getTranslation(titleKey)), locale),
                GuidanceArticle.interfaceWords(intro, locale),
                GuidanceArticle.cards(pages.apply(locale), language));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", getTranslation(titleKey));
    }
}
