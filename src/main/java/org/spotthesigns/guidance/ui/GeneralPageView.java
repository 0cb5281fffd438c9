package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;

/** A general page read from {@code content/<language>/pages/}: about, privacy, accessibility. */
abstract class GeneralPageView extends Div implements HasDynamicTitle {

    private final GuidancePage page;

    GeneralPageView(GuidanceService guidance, String id, PageLanguage language) {
        page = guidance.generalPage(id, language.locale());
        addClassName("page");
        add(
                GuidanceArticle.heading(page.title()),
                GuidanceArticle.body(page),
                GuidanceArticle.lastUpdated(this, guidance.currentRelease(), language.locale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", page.title());
    }
}
