package org.spotthesigns.triage.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput;
import org.spotthesigns.triage.TriageOutcome;
import org.spotthesigns.triage.TriageOutcome.Reason;

/** A checked set of triage rules, with the score thresholds of each priority. */
public final class RuleSet {

    private final String version;
    private final Map<Priority, Integer> thresholds;
    private final List<TriageRule> rules;
    private final SpamRules spam;
    private final LinkRules linking;

    RuleSet(
            String version,
            Map<Priority, Integer> thresholds,
            List<TriageRule> rules,
            SpamRules spam,
            LinkRules linking) {
        this.version = version;
        this.thresholds = new EnumMap<>(thresholds);
        this.rules = List.copyOf(rules);
        this.spam = spam;
        this.linking = linking;
    }

    /**
     * How reports that share a detail or a place raise each other's score.
     *
     * @param window       how far apart two reports may be sent and still be linked
     * @param pointsEach   points for each linked report
     * @param most         the most points links can add, however many there are
     * @param sharedLabels how the reason names each kind of link: "same phone number"
     */
    record LinkRules(
            java.time.Duration window, int pointsEach, int most, String reason, Map<LinkedBy, String> sharedLabels) {

        LinkRules {
            sharedLabels = Map.copyOf(sharedLabels);
        }

        /** "Linked to other recent reports (2 reports: same phone number, same place)", or none. */
        java.util.Optional<Reason> reason(TriageInput.Linked linked) {
            if (linked.reports() == 0) {
                return java.util.Optional.empty();
            }
            String shared = java.util.Arrays.stream(LinkedBy.values())
                    .filter(linked.by()::contains)
                    .map(sharedLabels::get)
                    .collect(java.util.stream.Collectors.joining(", "));
            String text = reason + " (" + linked.reports() + (linked.reports() == 1 ? " report: " : " reports: ")
                    + shared + ")";
            return java.util.Optional.of(new Reason(LINKED, text, Math.min(most, pointsEach * linked.reports())));
        }
    }

    /** The rule id of the reason that links add. */
    public static final String LINKED = "linked";

    /** How far apart two reports may be sent and still be linked. */
    public java.time.Duration linkWindow() {
        return linking.window();
    }

    /** The most points links can add: a report already given them gains nothing from one more. */
    public int mostLinkPoints() {
        return linking.most();
    }

    /**
     * When a report looks sent by a program or a prank: each signal with the reason moderators read.
     *
     * @param repeatWindow how far back the same words count as a repeat
     */
    record SpamRules(
            String honeypotReason,
            int tooFastSeconds,
            String tooFastReason,
            int linkFlood,
            String linkFloodReason,
            int repeatTimes,
            java.time.Duration repeatWindow,
            String repeatReason) {

        List<String> reasons(TriageInput.Sending sending) {
            List<String> reasons = new ArrayList<>();
            if (sending.honeypotFilled()) {
                reasons.add(honeypotReason);
            }
            if (sending.secondsToComplete() < tooFastSeconds) {
                reasons.add(tooFastReason);
            }
            if (sending.linkCount() >= linkFlood) {
                reasons.add(linkFloodReason);
            }
            if (sending.similarBefore() + 1 >= repeatTimes) {
                reasons.add(repeatReason);
            }
            return reasons;
        }
    }

    /** How far back earlier reports with the same words count as repeats. */
    public java.time.Duration repeatWindow() {
        return spam.repeatWindow();
    }

    public String version() {
        return version;
    }

    public int ruleCount() {
        return rules.size();
    }

    /**
     * Scores a report. Two floors hold whatever the rules say: someone in danger right now makes
     * a report P1, and a young person asking for help for themselves is never below P2.
     */
    public TriageOutcome evaluate(TriageInput report) {
        int score = 0;
        Priority floor = Priority.P4;
        List<Reason> reasons = new ArrayList<>();
        for (TriageRule rule : rules) {
            if (rule.matches(report)) {
                score += rule.points();
                reasons.add(new Reason(rule.id(), rule.reason(), rule.points()));
                if (rule.atLeast().isPresent()) {
                    floor = floor.atLeast(rule.atLeast().get());
                }
            }
        }
        java.util.Optional<Reason> linked = linking.reason(report.linked());
        if (linked.isPresent()) {
            score += linked.get().points();
            reasons.add(linked.get());
        }
        if (report.dangerNowConfirmed()) {
            floor = Priority.P1;
        } else if (report.selfReferral()) {
            floor = floor.atLeast(Priority.P2);
        }
        return new TriageOutcome(
                priorityOf(score).atLeast(floor), score, reasons, version, spam.reasons(report.sending()));
    }

    private Priority priorityOf(int score) {
        for (Priority priority : List.of(Priority.P1, Priority.P2, Priority.P3)) {
            if (score >= requireNonNull(thresholds.get(priority), "the rules file gives P1 to P3")) {
                return priority;
            }
        }
        return Priority.P4;
    }
}
