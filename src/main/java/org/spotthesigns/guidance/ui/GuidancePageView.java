package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Audience;
import org.spotthesigns.guidance.GuidanceService;

/**
 * One page of a section, chosen by the {@code id} in its address ({@link GuidanceDocuments}; an
 * id the content does not hold is the not-found page, never an empty frame).
 */
abstract class GuidancePageView extends Div implements HasDynamicTitle {

    protected final GuidanceService guidance;
    protected final PageLanguage language;
    private String title = "";

    GuidancePageView(GuidanceService guidance, PageLanguage language) {
        this.guidance = guidance;
        this.language = language;
        addClassName("page");
    }

    /** Fills the view with a page. */
    void show(GuidancePage page) {
        title = page.title();
        removeAll();
        add(GuidanceArticle.heading(page.title()));
        if (page.audience() == Audience.YOUNG_PEOPLE) {
            add(GuidanceArticle.interfaceWords(YoungPeoplesSupport.supportNow(this), language.locale()));
        }
        addBeforeBody(page);
        add(GuidanceArticle.body(page));
        addAfterBody(page);
        if (page.audience() == Audience.YOUNG_PEOPLE) {
            add(GuidanceArticle.interfaceWords(YoungPeoplesSupport.keepSafe(this, page.path()), language.locale()));
        }
        add(GuidanceArticle.lastUpdated(this, guidance.currentRelease(), language.locale()));
    }

    /** What a kind of page shows between its heading and its text. */
    void addBeforeBody(GuidancePage page) {}

    /** What a kind of page shows after its text, such as links to related signs. */
    void addAfterBody(GuidancePage page) {}

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", title);
    }
}
