package org.spotthesigns.reporting.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.reporting.SubmittedReport;

/**
 * One visitor's report in progress. It lives in the visitor's session, so answers survive moving
 * between steps and going back, and it vanishes when they press "Exit this page" (which ends the
 * session) or the session times out.
 */
@SpringComponent
@VaadinSessionScope
class ReportJourney {

    private final Clock clock;
    private @Nullable ReportDraft draft;
    private @Nullable SubmittedReport submitted;
    /** Signs a link has already ticked in this draft: unticking one sticks, whatever the address says. */
    private final Set<String> signsFromLinks = new HashSet<>();
    /** The step a refused send has just led to, which shows its problems when it opens. */
    private @Nullable ReportStep needingAnswer;

    ReportJourney(Clock clock) {
        this.clock = clock;
    }

    ReportDraft draft() {
        if (draft == null) {
            draft = new ReportDraft(clock.instant());
            signsFromLinks.clear();
        }
        return draft;
    }

    /** Ticks a sign the visitor was reading about, the first time a link brings it to this draft. */
    void tickFromLink(String sign) {
        ReportDraft current = draft();
        if (signsFromLinks.add(sign)) {
            current.getSigns().add(sign);
        }
    }

    /** A send was refused: the step that needs an answer shows why when it next opens. */
    void needsAnswer(ReportStep step) {
        needingAnswer = step;
    }

    /** Whether this step was the one a refused send led to; asked once. */
    boolean takeNeedsAnswer(ReportStep step) {
        boolean needs = needingAnswer == step;
        needingAnswer = null;
        return needs;
    }

    /** The report is sent: its answers are forgotten, its reference and key kept for one showing. */
    void sent(SubmittedReport report) {
        submitted = report;
        draft = null;
    }

    /** The reference and key, once; a reload of the confirmation must not show the key again. */
    Optional<SubmittedReport> takeSubmitted() {
        Optional<SubmittedReport> once = Optional.ofNullable(submitted);
        submitted = null;
        return once;
    }
}
