package org.spotthesigns.guidance.ui;

import java.util.List;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

/** A place or workplace, with advice for the people who work there. */
class PlaceView extends GuidancePageView {

    PlaceView(GuidanceService guidance, PageLanguage language) {
        super(guidance, language);
    }

    @Override
    void addAfterBody(GuidancePage place) {
        List<GuidancePage> signs = place.relatedSigns().stream()
                .flatMap(id -> guidance.page(Section.SIGNS, id, language.locale()).stream())
                .toList();
        if (!signs.isEmpty()) {
            add(GuidanceArticle.links(getTranslation("place.signs"), signs, language));
        }
    }
}
