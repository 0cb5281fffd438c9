package org.spotthesigns.reporting.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.DraftToken;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.reporting.SavedDrafts;
import org.spotthesigns.reporting.SubmittedReport;

/**
 * One visitor's report in progress. It lives in the visitor's session, so answers survive moving
 * between steps and going back. Every answer confirmed with Continue is also kept outside the node
 * ({@link SavedDrafts}, found again through the {@link DraftCookie}), so when this node dies the
 * session another node starts finds the draft and carries on with it (decision record 0017). It
 * vanishes when the report is sent, when the visitor presses "Exit this page" (which ends the
 * session and the kept draft), when the time-out warning runs out or the visitor deletes the
 * answers from it, or when the session times out (decision record 0025).
 */
@SpringComponent
@VaadinSessionScope
class ReportJourney {

    private static final Logger log = LoggerFactory.getLogger(ReportJourney.class);

    private final Clock clock;
    private final SavedDrafts saved;
    private final DraftCookie cookie;
    private @Nullable ReportDraft draft;
    private @Nullable SubmittedReport submitted;
    /** Signs a link has already ticked in this draft: unticking one sticks, whatever the address says. */
    private final Set<String> signsFromLinks = new HashSet<>();
    /** The step a refused send has just led to, which shows its problems when it opens. */
    private @Nullable ReportStep needingAnswer;
    /** Names the draft kept outside the node; made here, never taken from a cookie for a new draft. */
    private @Nullable DraftToken token;
    /** Whether this session has looked for a draft kept by another node; it looks once. */
    private boolean lookedForKept;
    /** The cookie named a draft that had timed out, and no page has said so yet. */
    private boolean timedOut;

    ReportJourney(Clock clock, SavedDrafts saved, DraftCookie cookie) {
        this.clock = clock;
        this.saved = saved;
        this.cookie = cookie;
    }

    ReportDraft draft() {
        if (draft == null) {
            lookForKept();
        }
        if (draft == null) {
            draft = new ReportDraft(clock.instant());
            signsFromLinks.clear();
        }
        return draft;
    }

    /**
     * The draft as the next page of the form will show it, for that page's first paint: the one in
     * progress (this session's, or one another node kept), a blank one when there is none (not
     * kept: the view starts its own), or empty when the draft timed out and the form will say so
     * instead. Answers nothing once-only: the page's view asks again when Vaadin starts.
     */
    Optional<ReportDraft> forFirstPaint() {
        lookForKept();
        return timedOut ? Optional.empty() : Optional.of(draft != null ? draft : new ReportDraft(clock.instant()));
    }

    /**
     * The draft another node kept for this browser, the first time this session needs one. A
     * cookie naming a draft that no longer opens means the draft timed out (it is deleted after
     * the session timeout): the cookie goes, and {@link #takeTimedOut()} says so once.
     */
    private void lookForKept() {
        if (lookedForKept) {
            return;
        }
        lookedForKept = true;
        Optional<DraftToken> inCookie = cookie.read();
        if (inCookie.isEmpty()) {
            return;
        }
        try {
            Optional<SavedDrafts.SavedDraft> found = saved.load(inCookie.get());
            if (found.isPresent()) {
                token = inCookie.get();
                draft = found.get().draft();
                signsFromLinks.clear();
            } else {
                timedOut = true;
                cookie.clear();
            }
        } catch (RuntimeException unavailable) {
            // the form starts afresh, under a new token: the kept draft expires with its session
            log.warn("A kept report draft could not be loaded", unavailable);
        }
    }

    /**
     * Whether this browser's draft ended by timing out before this session could carry on with
     * it; asked once, so the page that says so is shown once.
     */
    boolean takeTimedOut() {
        lookForKept();
        boolean ended = timedOut;
        timedOut = false;
        return ended;
    }

    /**
     * The reporter was warned that the draft was about to end and chose to keep going: the draft
     * kept outside the node lasts another session timeout (the request itself keeps the session).
     */
    void keepGoing() {
        if (token == null) {
            return;
        }
        try {
            saved.touch(token);
        } catch (RuntimeException unavailable) {
            log.warn("A kept report draft could not be touched; it stays in the session", unavailable);
        }
    }

    /**
     * The answers are deleted, here and outside the node: the time-out warning ran out, or the
     * reporter chose to delete them. A later page of the form starts a new draft.
     */
    void end() {
        lookForKept();
        draft = null;
        signsFromLinks.clear();
        needingAnswer = null;
        timedOut = false;
        endSavedDraft("An ended report draft could not be deleted; it expires with the session");
    }

    /**
     * The visitor pressed Continue and every answer of the step passed: the draft is kept outside
     * the node. Should that fail, the visitor goes on all the same, with the draft in this session.
     *
     * @param page where the form goes next: a step's name, or "check"
     */
    void confirmed(String page) {
        ReportDraft current = draft();
        try {
            if (token == null) {
                DraftToken fresh = DraftToken.random();
                if (!cookie.write(fresh)) {
                    return;
                }
                token = fresh;
            }
            saved.save(token, current, page);
        } catch (RuntimeException unavailable) {
            log.warn("A report draft could not be kept outside this node; it stays in the session", unavailable);
        }
    }

    /** Ticks a sign the visitor was reading about, the first time a link brings it to this draft. */
    void tickFromLink(String sign) {
        ReportDraft current = draft();
        if (signsFromLinks.add(sign)) {
            current.getSigns().add(sign);
        }
    }

    /**
     * Chooses the kind of place of the page the visitor came from, when the draft has none yet: a
     * kind the reporter chose is never replaced by a link.
     */
    void chooseFromLink(String placeKind) {
        ReportDraft current = draft();
        if (current.getPlaceKind() == null) {
            current.setPlaceKind(placeKind);
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

    /**
     * The report is sent: its answers are forgotten, here and outside the node, its reference and
     * key kept for one showing. Should the node die before this, the kept draft, sent again from
     * another node, finds the report already stored (its idempotency and follow-up keys are kept
     * with it).
     */
    void sent(SubmittedReport report) {
        submitted = report;
        draft = null;
        lookedForKept = true;
        endSavedDraft("A sent report's draft could not be deleted; it expires with the session");
    }

    /** The reference and key, once; a reload of the confirmation must not show the key again. */
    Optional<SubmittedReport> takeSubmitted() {
        Optional<SubmittedReport> once = Optional.ofNullable(submitted);
        submitted = null;
        return once;
    }

    /**
     * Forgets the draft kept in the database and its cookie. A failure to delete it changes nothing
     * for the reporter: the draft is not loaded again all the same, and expires with the session.
     */
    private void endSavedDraft(String failure) {
        DraftToken ended = token;
        token = null;
        if (ended != null) {
            cookie.clear();
            try {
                saved.end(ended);
            } catch (RuntimeException unavailable) {
                log.warn(failure, unavailable);
            }
        }
    }
}
