package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

/** A sign: what it looks like, why it matters, what to do, and a way to report it at once. */
class SignView extends GuidancePageView {

    SignView(GuidanceService guidance, PageLanguage language) {
        super(guidance, language);
    }

    @Override
    void addBeforeBody(GuidancePage sign) {
        add(reportThis(sign));
    }

    @Override
    void addAfterBody(GuidancePage sign) {
        add(reportThis(sign));
        List<GuidancePage> related = sign.relatedSigns().stream()
                .flatMap(id -> guidance.page(Section.SIGNS, id, language.locale()).stream())
                .toList();
        if (!related.isEmpty()) {
            add(GuidanceArticle.links(getTranslation("sign.related"), related, language));
        }
        List<GuidancePage> places = guidance.places(language.locale()).stream()
                .filter(place -> place.relatedSigns().contains(sign.id()))
                .toList();
        if (!places.isEmpty()) {
            add(GuidanceArticle.links(getTranslation("sign.places"), places, language));
        }
    }

    /** The report form opens with this sign already ticked. */
    private Paragraph reportThis(GuidancePage sign) {
        Anchor report = new Anchor("/report?sign=" + sign.id(), getTranslation("sign.report"));
        report.addClassName("button-link");
        return GuidanceArticle.interfaceWords(new Paragraph(report), language.locale());
    }
}
