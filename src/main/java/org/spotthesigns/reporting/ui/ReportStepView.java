package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.InvalidReportException;
import org.spotthesigns.reporting.Problem;
import org.spotthesigns.reporting.RateLimitedException;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportRules;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * One page of the report form: a question step, or "check your answers". One topic per page, a
 * back link, the step count, and an error summary that takes focus when an answer is missing.
 * Every answer is written to the visitor's {@link ReportJourney} as it is given, so nothing is
 * lost by going back, by an error, or by a failed send; Continue also keeps the answers outside
 * the node, so a reload on another node opens this page with them.
 */
@Route("report/:step")
@RouteAlias(LanguageAddresses.PREFIX + "report/:step")
@AnonymousAllowed
class ReportStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final ReportStep FIRST = ReportStep.DANGER;
    static final String CHECK = "check";
    /** The id of a step's heading, which names the question when the step asks only one. */
    static final String HEADING = "step-heading";

    private static final Logger log = LoggerFactory.getLogger(ReportStepView.class);

    private final ReportJourney journey;
    private final ReportRules rules;
    private final ReportService reports;
    private final RateLimits limits;
    private final GuidanceService guidance;
    private final ErrorSummary errors = new ErrorSummary();
    private final TimeOutWarning timeOut;
    private String title = "";
    private boolean showingErrors;
    // set by showStep, before any control that reads it exists
    @SuppressWarnings("NullAway.Init")
    private ReportQuestions questions;

    ReportStepView(
            ReportJourney journey,
            ReportRules rules,
            ReportService reports,
            RateLimits limits,
            GuidanceService guidance,
            ReportTimeOut timeOutSettings) {
        this.journey = journey;
        this.timeOut = new TimeOutWarning(journey, timeOutSettings);
        this.rules = rules;
        this.reports = reports;
        this.limits = limits;
        this.guidance = guidance;
        addClassName("page");
        addClassName("report-step");
    }

    /** The step's address in the language the visitor is reading. */
    static String path(ReportStep step) {
        return LanguageAddresses.here("/report/" + slug(step));
    }

    static String slug(ReportStep step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ReportStep> step(String slug) {
        return Arrays.stream(ReportStep.values())
                .filter(step -> slug(step).equals(slug))
                .findFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("step").orElse("");
        boolean returnToCheck = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("return")
                .filter(CHECK::equals)
                .isPresent();
        if (journey.takeTimedOut()) {
            // the browser came back to a draft that had timed out: say so, rather than show an empty form
            event.forwardTo(LanguageAddresses.route(ReportEndedView.TIMED_OUT_PATH));
            return;
        }
        removeAll();
        showingErrors = false;
        errors.show(Map.of());
        if (CHECK.equals(slug)) {
            showCheck();
            watchTime();
            return;
        }
        if (slug.equals(slug(FIRST))) {
            tickSignReadAbout(event);
            choosePlaceReadAbout(event);
        }
        step(slug)
                .ifPresentOrElse(
                        step -> {
                            showStep(step, returnToCheck);
                            watchTime();
                        },
                        () -> event.rerouteToError(NotFoundException.class));
    }

    /** Every page of the form restarts the time-out warning's clock (decision record 0025). */
    private void watchTime() {
        add(timeOut);
        timeOut.arm();
    }

    /**
     * A report started from a sign's page arrives with {@code ?sign=<id>}: that sign is ticked once
     * per draft, so Back or a reload of this step cannot tick again a sign the reporter has unticked.
     */
    private void tickSignReadAbout(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ReportStartView.SIGN)
                .flatMap(id -> guidance.page(Section.SIGNS, id, Locale.UK))
                .ifPresent(found -> journey.tickFromLink(found.id()));
    }

    /**
     * A report started from a place page arrives with {@code ?place=<id of the page>}: the kind of
     * place that matches the page is chosen, unless the draft already has one.
     */
    private void choosePlaceReadAbout(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(ReportStartView.PLACE)
                .flatMap(page -> guidance.placeKinds(Locale.UK).stream()
                        .filter(kind -> page.equals(kind.placePage()))
                        .findFirst())
                .ifPresent(kind -> journey.chooseFromLink(kind.id()));
    }

    private void showStep(ReportStep step, boolean returnToCheck) {
        showQuestions(step, journey.draft(), returnToCheck);
        if (journey.takeNeedsAnswer(step)) {
            List<Problem> problems = rules.check(step, journey.draft());
            if (!problems.isEmpty()) {
                showProblems(problems);
            }
        }
    }

    /**
     * The step as Vaadin will show it, for the first response ({@link ReportFirstPaint}): built
     * from the draft in progress, asking the journey nothing and changing nothing in it.
     */
    void showCopy(ReportStep step, ReportDraft draft, boolean returnToCheck) {
        removeAll();
        showQuestions(step, draft, returnToCheck);
    }

    private void showQuestions(ReportStep step, ReportDraft draft, boolean returnToCheck) {
        int number = step.ordinal() + 1;
        title = getTranslation("report.step." + slug(step) + ".title");
        questions = new ReportQuestions(step, draft, guidance, getLocale(), rules.today());
        Paragraph progress = new Paragraph(getTranslation("report.step.of", number, ReportStep.values().length));
        progress.addClassName("step-count");
        Button next = new Button(getTranslation("report.continue"), click -> next(step, returnToCheck));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("continue");
        add(
                backLink(
                        step == FIRST
                                ? LanguageAddresses.here("/report")
                                : returnToCheck
                                        ? LanguageAddresses.here("/report/" + CHECK)
                                        : path(ReportStep.values()[step.ordinal() - 1])),
                errors,
                progress,
                heading(),
                questions,
                new Div(next));
    }

    /**
     * The new step's heading takes the focus, so a screen reader announces where the visitor is,
     * and the step starts at the top of the page, as a new page does: focusing alone would scroll
     * only as far as the heading, leaving the back link above it under the exit bar.
     */
    private H1 heading() {
        H1 heading = new H1(title);
        heading.setId(HEADING);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement()
                .executeJs("if (document.activeElement === document.body || !document.activeElement"
                        + " || !document.activeElement.isConnected) {"
                        + " window.scrollTo(0, 0); this.focus({preventScroll: true}); }");
        return heading;
    }

    private void next(ReportStep step, boolean returnToCheck) {
        if (!questions.writesTo(journey.draft())) {
            // the report was sent from another tab meanwhile: show this step afresh, on the new draft
            UI.getCurrent().getPage().reload();
            return;
        }
        List<Problem> problems = rules.check(step, journey.draft());
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        boolean last = step.ordinal() == ReportStep.values().length - 1;
        String page = returnToCheck || last ? CHECK : slug(ReportStep.values()[step.ordinal() + 1]);
        // confirmed: kept outside this node, so another carries on from here should this one die
        journey.confirmed(page);
        UI.getCurrent().navigate(LanguageAddresses.route("/report/" + page));
    }

    private void showProblems(List<Problem> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        questions.clearErrors();
        List<String> unplaced = new java.util.ArrayList<>();
        for (Problem problem : problems) {
            String message =
                    getTranslation(problem.messageKey(), problem.arguments().toArray());
            questions
                    .field(problem.field())
                    .ifPresentOrElse(
                            field -> {
                                field.setErrorMessage(message);
                                field.setInvalid(true);
                                messages.putIfAbsent(((Component) field).getId().orElse(problem.field()), message);
                            },
                            () -> unplaced.add(message));
        }
        showingErrors = true;
        if (messages.isEmpty()) {
            errors.showMessage(String.join(" ", unplaced));
        } else {
            errors.show(messages);
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void showCheck() {
        title = getTranslation("report.step.check.title");
        Button send = new Button(getTranslation("report.check.send"), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("send-report");
        add(
                backLink(path(ReportStep.values()[ReportStep.values().length - 1])),
                errors,
                new H1(title),
                new CheckAnswers(journey.draft(), guidance, getLocale()),
                new Div(send));
    }

    private void send() {
        try {
            // the language of the form as it was sent, so moderators know whether to bring in an interpreter
            journey.draft().setLanguage(LanguageAddresses.language());
            journey.sent(reports.submit(journey.draft(), ClientKey.of(limits)));
            UI.getCurrent().navigate(LanguageAddresses.route("/report/" + ReportReceivedView.SLUG));
        } catch (InvalidReportException invalid) {
            // a step was skipped or left through the address bar (a fresh browser, an old link, a second
            // tab): go to the first step that needs an answer, which opens with its error summary
            ReportStep first = Arrays.stream(ReportStep.values())
                    .filter(step -> !rules.check(step, journey.draft()).isEmpty())
                    .findFirst()
                    .orElse(FIRST);
            journey.needsAnswer(first);
            // the query apart from the path: within it, "?" would become part of the step's name
            UI.getCurrent().navigate(path(first).substring(1), QueryParameters.of("return", CHECK));
        } catch (RateLimitedException refused) {
            showingErrors = true;
            errors.showMessage(getTranslation("report.send.limited"));
            UI.getCurrent().getPage().setTitle(getPageTitle());
        } catch (RuntimeException unavailable) {
            // the database, or anything else on the way: the answers stay, the visitor is asked to
            // retry. The draft keeps its idempotency and follow-up keys, so if the report was stored
            // after all, the retry shows its reference and key rather than storing it again.
            log.error("A report could not be stored; the visitor was asked to try again", unavailable);
            showingErrors = true;
            errors.showMessage(getTranslation("report.send.failed"));
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    private Anchor backLink(String href) {
        Anchor back = new Anchor(href, getTranslation("report.back"));
        back.addClassName("back-link");
        return back;
    }

    @Override
    public String getPageTitle() {
        String page = getTranslation("site.title", title);
        return showingErrors ? getTranslation("report.title.error", page) : page;
    }
}
