package org.spotthesigns.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.shared.PlainText;

/**
 * One report as the queue lists it.
 *
 * @param priority        1 (P1) to 4 (P4); null until triaged
 * @param reporterReplied the reporter wrote since a moderator last answered or acted
 * @param noticed         what the reporter noticed, in full
 * @param dangerNow       the reporter said someone is in danger now
 * @param ageBand         how old the person at risk seemed; null for a case opened before it was kept
 * @param signs           the ids of the signs the reporter ticked
 * @param linked          triage linked the report to another
 * @param referralToApprove a referral was prepared and waits for a second moderator's approval
 * @param language        the language of the form the reporter used, such as {@code pl}
 */
public record QueueRow(
        String reference,
        Instant submittedAt,
        ReportStatus status,
        @Nullable Integer priority,
        @Nullable Instant deadline,
        String area,
        String placeKind,
        @Nullable String assignedTo,
        boolean suspectedSpam,
        boolean reporterReplied,
        String noticed,
        boolean dangerNow,
        @Nullable AgeBand ageBand,
        List<String> signs,
        boolean linked,
        boolean referralToApprove,
        String language) {

    /** More than two lines of the queue hold at any width: the screen cuts the rest with an ellipsis. */
    private static final int SUMMARY_LENGTH = 400;

    /**
     * What a moderator must see before opening a report, most pressing first. Each is shown in
     * words and with its own shape, never by colour alone.
     */
    public enum Flag {
        DANGER_NOW,
        UNDER_13,
        OVERDUE,
        LINKED,
        REPORTER_REPLIED,
        REFERRAL_TO_APPROVE,
        SUSPECTED_SPAM
    }

    public QueueRow {
        signs = List.copyOf(signs);
    }

    /** The start of what the reporter noticed, as one paragraph. */
    public String summary() {
        String start =
                noticed.length() <= SUMMARY_LENGTH ? noticed : PlainText.cut(noticed, SUMMARY_LENGTH - 1) + "\u2026";
        return start.replace('\n', ' ');
    }

    /** Past its deadline and still open. */
    public boolean overdue(Instant now) {
        return deadline != null && status.isOpen() && now.isAfter(deadline);
    }

    /** The flags this report carries at {@code now}, most pressing first. */
    public List<Flag> flags(Instant now) {
        List<Flag> flags = new ArrayList<>();
        if (dangerNow) {
            flags.add(Flag.DANGER_NOW);
        }
        if (ageBand == AgeBand.UNDER_13) {
            flags.add(Flag.UNDER_13);
        }
        if (overdue(now)) {
            flags.add(Flag.OVERDUE);
        }
        if (linked) {
            flags.add(Flag.LINKED);
        }
        if (reporterReplied) {
            flags.add(Flag.REPORTER_REPLIED);
        }
        if (referralToApprove) {
            flags.add(Flag.REFERRAL_TO_APPROVE);
        }
        if (suspectedSpam) {
            flags.add(Flag.SUSPECTED_SPAM);
        }
        return flags;
    }
}
