package org.spotthesigns.reporting;

import java.time.Instant;
import java.util.Set;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/**
 * What triage may look at in a stored report: the answers, the kinds of detail given, the
 * reporter's own words (already cleaned), and never their contact details.
 */
public record ReportForTriage(
        ReportReference reference,
        Instant submittedAt,
        Answer dangerNow,
        ConcernFor concernFor,
        AgeBand ageBand,
        Set<String> signs,
        String placeKind,
        String area,
        Answer stillHappening,
        Answer happenedBefore,
        Set<DetailKind> detailKinds,
        String words,
        SpamSignals spam) {

    /**
     * What the form recorded about how the report was sent.
     *
     * @param similarBefore how many earlier reports, within the window triage asked about, hold
     *                      the same words (ignoring case, spacing and punctuation)
     */
    public record SpamSignals(boolean honeypotFilled, int secondsToComplete, int linkCount, int similarBefore) {
    }

    public ReportForTriage {
        signs = Set.copyOf(signs);
        detailKinds = Set.copyOf(detailKinds);
    }
}
