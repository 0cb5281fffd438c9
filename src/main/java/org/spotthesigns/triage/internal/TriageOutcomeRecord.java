package org.spotthesigns.triage.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageOutcome;

/** One triage of one report, kept for good: the newest is in force, older ones are its history. */
@Entity
@Table(name = "triage_outcome")
public class TriageOutcomeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_reference", nullable = false, length = 11)
    private String reportReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Column(nullable = false)
    private int score;

    @Column(name = "rule_set_version", nullable = false, length = 100)
    private String ruleSetVersion;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "triaged_at", nullable = false)
    private Instant triagedAt;

    @Column(name = "suspected_spam", nullable = false)
    private boolean suspectedSpam;

    /** The reasons for the suspected-spam lane, one per line. */
    @Column(name = "spam_reasons", nullable = false, length = 2000)
    private String spamReasons = "";

    @ElementCollection
    @CollectionTable(name = "triage_reason", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    private List<StoredReason> reasons = new ArrayList<>();

    protected TriageOutcomeRecord() {}

    public TriageOutcomeRecord(String reportReference, TriageOutcome outcome, Instant deadline, Instant triagedAt) {
        this.reportReference = reportReference;
        this.priority = outcome.priority();
        this.score = outcome.score();
        this.ruleSetVersion = outcome.ruleSetVersion();
        this.deadline = deadline;
        this.triagedAt = triagedAt;
        outcome.reasons()
                .forEach(reason -> reasons.add(new StoredReason(reason.ruleId(), reason.text(), reason.points())));
        this.suspectedSpam = outcome.suspectedSpam();
        this.spamReasons = String.join("\n", outcome.spamReasons());
    }

    public String getReportReference() {
        return reportReference;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public TriageOutcome outcome() {
        return new TriageOutcome(
                priority,
                score,
                reasons.stream()
                        .map(r -> new TriageOutcome.Reason(r.ruleId, r.reason, r.points))
                        .toList(),
                ruleSetVersion,
                spamReasons.isEmpty() ? List.of() : List.of(spamReasons.split("\n")));
    }

    @Embeddable
    static class StoredReason {

        @Column(name = "rule_id", nullable = false, length = 100)
        private String ruleId;

        @Column(nullable = false, length = 500)
        private String reason;

        @Column(nullable = false)
        private int points;

        protected StoredReason() {}

        StoredReason(String ruleId, String reason, int points) {
            this.ruleId = ruleId;
            this.reason = reason;
            this.points = points;
        }
    }
}
