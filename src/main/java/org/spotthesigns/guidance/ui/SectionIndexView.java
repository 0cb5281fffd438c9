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

    SectionIndexView(String titleKey, String introKey, Function<Locale, List<GuidancePage>> pages) {
        this.titleKey = titleKey;
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("lead");
        add(GuidanceArticle.heading(getTranslation(titleKey)), intro, GuidanceArticle.cards(pages.apply(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", getTranslation(titleKey));
    }
}
