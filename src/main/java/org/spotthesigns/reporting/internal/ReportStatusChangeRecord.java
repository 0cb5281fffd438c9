package org.spotthesigns.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.spotthesigns.reporting.ReportStatus;

/** A step in a report's history: which status, when, and which moderator set it. */
@Entity
@Table(name = "report_status_change")
public class ReportStatusChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ReportRecord report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Null when the portal itself set it, as on submission. */
    @Column(name = "changed_by", length = 100)
    private String changedBy;

    protected ReportStatusChangeRecord() {
    }

    ReportStatusChangeRecord(ReportRecord report, ReportStatus status, Instant changedAt, String changedBy) {
        this.report = report;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
