package org.spotthesigns.triage;

import java.time.Instant;

/**
 * A report has a new triage outcome, in force from now on. Published in the transaction that
 * stores the outcome and kept in the event publication registry until every listener has
 * finished: moderation takes the priority, deadline and spam lane for its case and queue from it.
 *
 * @param deadline      when the report must have been read, worked out from its priority
 * @param suspectedSpam in the suspected-spam lane
 * @param score         the points the rules gave it
 */
public record ReportTriaged(
        String reference,
        Priority priority,
        Instant deadline,
        boolean suspectedSpam,
        int score,
        String ruleSetVersion,
        Instant triagedAt) {}
