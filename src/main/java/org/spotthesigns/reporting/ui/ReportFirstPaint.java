package org.spotthesigns.reporting.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.PrerenderedRoutes;

/**
 * The start of a report in the first response, so it reads at once and, without JavaScript,
 * says how else to report. The form's steps need Vaadin from the start and are not pre-rendered.
 */
@org.springframework.stereotype.Component
class ReportFirstPaint implements PrerenderedRoutes {

    private final GuidanceService guidance;

    ReportFirstPaint(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @Override
    public Optional<Prerendered> prerender(String path, QueryParameters query) {
        if (!path.equals("report")) {
            return Optional.empty();
        }
        ReportStartView start = new ReportStartView(guidance);
        start.showChosenSign(query);
        return Optional.of(Prerendered.page(start, start.description()));
    }
}
