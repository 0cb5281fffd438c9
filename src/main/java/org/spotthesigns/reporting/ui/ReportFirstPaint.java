package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportRules;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.PrerenderedRoutes;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The start of a report and each question step in the first response, so the page reads at once
 * (decision records 0008 and 0029). A step is built by the step's own view from the draft in
 * progress, its fields turned into plain inputs ({@link PlainControls}) that work before Vaadin
 * starts; Vaadin starts at the first interaction and takes over what was chosen or typed. Where the
 * view would show something else (a draft that timed out), the step starts Vaadin at once, as the
 * check page and the confirmation do, and says without JavaScript what else to do.
 *
 * <p>A page at a language's address ({@code /pl/report/danger}) arrives here by its English
 * address ({@code report/danger}), built while the current UI's locale is that language
 * ({@code PrerenderedPages} reads it from the address), so its words, lists and links are in it.
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
    private final ObjectProvider<ReportJourney> journeys;
    private final ReportRules rules;
    private final ReportService reports;
    private final RateLimits limits;
    private final ReportTimeOut timeOut;

    ReportFirstPaint(
            GuidanceService guidance,
            ObjectProvider<ReportJourney> journeys,
            ReportRules rules,
            ReportService reports,
            RateLimits limits,
            ReportTimeOut timeOut) {
        this.guidance = guidance;
        this.journeys = journeys;
        this.rules = rules;
        this.reports = reports;
        this.limits = limits;
        this.timeOut = timeOut;
    }

    @Override
    public Optional<Prerendered> prerender(String path, QueryParameters query) {
        if (path.equals("report")) {
            ReportStartView start = new ReportStartView(guidance);
            start.showChosenSign(query);
            return Optional.of(Prerendered.page(start, start.description()));
        }
        if (!path.startsWith("report/")) {
            return Optional.empty();
        }
        String page = path.substring("report/".length());
        if (!STEPS.contains(page)) {
            return Optional.of(Prerendered.missing()); // any other address under the form does not exist
        }
        return ReportStepView.step(page).flatMap(step -> draftInProgress().map(draft -> step(step, draft, query)));
    }

    /**
     * The draft the step's view will show, or empty where it will show something else (the draft
     * timed out) or where there is no Vaadin session to find it in: that step then starts Vaadin
     * at once.
     */
    private Optional<ReportDraft> draftInProgress() {
        return VaadinSession.getCurrent() == null
                ? Optional.empty()
                : journeys.getObject().forFirstPaint();
    }

    private Prerendered step(ReportStep step, ReportDraft draft, QueryParameters query) {
        ReportStepView view = new ReportStepView(journeys.getObject(), rules, reports, limits, guidance, timeOut);
        boolean returnToCheck = query.getSingleParameter("return")
                .filter(ReportStepView.CHECK::equals)
                .isPresent();
        view.showCopy(step, draft, returnToCheck);
        PlainControls.replaceIn(view.getElement());
        // under the question's heading, where a reader without JavaScript looks first
        Element heading = view.getElement()
                .getChildren()
                .filter(child -> ReportStepView.HEADING.equals(child.getAttribute("id")))
                .findFirst()
                .orElseThrow();
        view.getElement().insertChild(view.getElement().indexOfChild(heading) + 1, withoutJavaScript(view));
        UI reader = UI.getCurrent();
        Locale locale = reader == null ? Locale.UK : reader.getLocale();
        return Prerendered.page(view, guidance.generalPage("report", locale).summary());
    }

    /** The copy's fields cannot send anything without JavaScript: the telephone can. */
    private static Element withoutJavaScript(Div view) {
        Element noscript = new Element("noscript");
        Paragraph note = new Paragraph(view.getTranslation("report.nojs"));
        note.addClassName("no-script");
        noscript.appendChild(note.getElement());
        return noscript;
    }
}
