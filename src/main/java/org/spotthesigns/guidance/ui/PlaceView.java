package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

/** A place or workplace, with advice for the people who work there and a way to report from it. */
class PlaceView extends GuidancePageView {

    PlaceView(GuidanceService guidance, PageLanguage language) {
        super(guidance, language);
    }

    @Override
    void addAfterBody(GuidancePage place) {
        add(reportHere(place));
        List<GuidancePage> signs = place.relatedSigns().stream()
                .flatMap(id -> guidance.page(Section.SIGNS, id, language.locale()).stream())
                .toList();
        if (!signs.isEmpty()) {
            add(GuidanceArticle.links(getTranslation("place.signs"), signs, language));
        }
    }

    /** The report form opens with the kind of place that matches this page already chosen. */
    private Paragraph reportHere(GuidancePage place) {
        Anchor report = new Anchor("/report?place=" + place.id(), getTranslation("place.report"));
        report.addClassName("button-link");
        report.setId("report-this-place");
        return new Paragraph(report);
    }
}
