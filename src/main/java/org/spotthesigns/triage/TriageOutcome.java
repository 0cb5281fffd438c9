package org.spotthesigns.triage;

import java.util.List;

/**
 * The result of scoring a report: its priority, its score, and every reason in words with its
 * points, so a moderator can see why and challenge it.
 */
public record TriageOutcome(
        Priority priority, int score, List<Reason> reasons, String ruleSetVersion, List<String> spamReasons) {

    public TriageOutcome {
        reasons = List.copyOf(reasons);
        spamReasons = List.copyOf(spamReasons);
    }

    /** In the suspected-spam lane: still shown to moderators, with {@link #spamReasons()}. */
    public boolean suspectedSpam() {
        return !spamReasons.isEmpty();
    }

    /** One matched rule: "Under 13: +30". */
    public record Reason(String ruleId, String text, int points) {

        @Override
        public String toString() {
            return text + ": " + (points >= 0 ? "+" : "") + points;
        }
    }
}
