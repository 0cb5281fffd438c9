package org.spotthesigns.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.PlainText;

/**
 * One report as the queue lists it.
 *
 * @param priority        1 (P1) to 4 (P4); null until triaged
 * @param reporterReplied the reporter wrote since a moderator last answered or acted
 * @param noticed         what the reporter noticed, in full
 */
public record QueueRow(String reference, Instant submittedAt, ReportStatus status, @Nullable Integer priority,
        @Nullable Instant deadline, String area, String placeKind, @Nullable String assignedTo, boolean suspectedSpam,
        boolean reporterReplied, String noticed) {

    private static final int SUMMARY_LENGTH = 140;

    /** The start of what the reporter noticed, on one line. */
    public String summary() {
        String start = noticed.length() <= SUMMARY_LENGTH ? noticed : PlainText.cut(noticed, SUMMARY_LENGTH - 1) + "\u2026";
        return start.replace('\n', ' ');
    }

    /** Past its deadline and still open. */
    public boolean overdue(Instant now) {
        return deadline != null && status.isOpen() && now.isAfter(deadline);
    }
}
