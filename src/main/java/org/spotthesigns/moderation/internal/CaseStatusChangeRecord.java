package org.spotthesigns.moderation.internal;

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
import org.jspecify.annotations.Nullable;
import org.spotthesigns.moderation.ReportStatus;

/** A step in a case's history: which status, when, and which moderator set it. */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseRecord reportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Null when the portal itself set it, as on submission. */
    @Column(name = "changed_by", length = 100)
    private @Nullable String changedBy;

    @Column(length = 32000)
    private @Nullable String reason;

    @Column(length = 64)
    private @Nullable String agency;

    @Column(name = "agency_reference", length = 1600)
    private @Nullable String agencyReference;

    @Column(name = "duplicate_of", length = 11)
    private @Nullable String duplicateOf;

    /** Why a status was set; each part only where that status needs it. */
    public record Why(
            @Nullable String reason,
            @Nullable String agency,
            @Nullable String agencyReference,
            @Nullable String duplicateOf) {

        public static final Why NOTHING = new Why(null, null, null, null);
    }

    protected CaseStatusChangeRecord() {}

    CaseStatusChangeRecord(
            CaseRecord reportCase,
            ReportStatus status,
            Instant changedAt,
            @Nullable String changedBy,
            @Nullable Why why) {
        this.reportCase = reportCase;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        if (why != null) {
            this.reason = why.reason();
            this.agency = why.agency();
            this.agencyReference = why.agencyReference();
            this.duplicateOf = why.duplicateOf();
        }
    }

    public Why getWhy() {
        return new Why(reason, agency, agencyReference, duplicateOf);
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getChangedBy() {
        return changedBy;
    }
}
