package org.spotthesigns.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One referral letter, kept exactly as it was prepared: its text and the text's SHA-256, who
 * prepared it, and who approved it. It counts as sent only once approved; the version stops two
 * approvals of the same letter at once.
 */
@Entity
@Table(name = "case_referral")
public class CaseReferralRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseRecord reportCase;

    @Column(nullable = false, length = 64)
    private String agency;

    @Column(name = "agency_reference", nullable = false, length = 1600)
    private String agencyReference;

    /** Which of the reporter's own words and details were ticked to be shared, comma-separated. */
    @Column(nullable = false, length = 200)
    private String shared;

    @Column(nullable = false, length = 1000000)
    private String letter;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "prepared_by", nullable = false, length = 100)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "approved_by", length = 100)
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Version
    private long version;

    protected CaseReferralRecord() {}

    public CaseReferralRecord(
            CaseRecord reportCase,
            String agency,
            String agencyReference,
            String shared,
            String letter,
            String sha256,
            String preparedBy,
            Instant preparedAt) {
        this.reportCase = reportCase;
        this.agency = agency;
        this.agencyReference = agencyReference;
        this.shared = shared;
        this.letter = letter;
        this.sha256 = sha256;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    public void approve(String moderator, Instant at) {
        this.approvedBy = moderator;
        this.approvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getAgency() {
        return agency;
    }

    public String getAgencyReference() {
        return agencyReference;
    }

    public String getShared() {
        return shared;
    }

    public String getLetter() {
        return letter;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }
}
