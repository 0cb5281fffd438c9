package org.spotthesigns.reporting.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.PrerenderedRoutes;

/**
 * The start of a report in the first response, so it reads at once and, without JavaScript,
 * says how else to report. The form's steps need Vaadin from the start and are not pre-rendered.
 */
@org.springframework.stereotype.Component
class ReportFirstPaint implements PrerenderedRoutes {

    private static final Set<String> STEPS = Stream.concat(
                    Arrays.stream(ReportStep.values()).map(ReportStepView::slug),
                    Stream.of(
                            ReportStepView.CHECK,
                            ReportReceivedView.SLUG,
                            ReportEndedView.TIMED_OUT,
                            ReportEndedView.DELETED))
            .collect(Collectors.toUnmodifiableSet());

    private final GuidanceService guidance;

    ReportFirstPaint(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @Override
    public Optional<Prerendered> prerender(String path, QueryParameters query) {
        if (path.startsWith("report/")) {
            // the form's own pages start Vaadin at once; any other address under it does not exist
            return STEPS.contains(path.substring("report/".length()))
                    ? Optional.empty()
                    : Optional.of(Prerendered.missing());
        }
        if (!path.equals("report")) {
            return Optional.empty();
        }
        ReportStartView start = new ReportStartView(guidance);
        start.showChosenSign(query);
        return Optional.of(Prerendered.page(start, start.description()));
    }
}
