package org.spotthesigns.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 48)
    private String action;

    @Column(name = "report_reference", length = 11)
    private @Nullable String reportReference;

    /** Another thing acted on, such as an account name. */
    @Column(length = 100)
    private @Nullable String subject;

    @Column(name = "before_value", length = 2000)
    private @Nullable String before;

    @Column(name = "after_value", length = 2000)
    private @Nullable String after;

    protected AuditEventRecord() {}

    public AuditEventRecord(
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String reportReference,
            @Nullable String subject,
            @Nullable String before,
            @Nullable String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.reportReference = reportReference;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getReportReference() {
        return reportReference;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public @Nullable String getBefore() {
        return before;
    }

    public @Nullable String getAfter() {
        return after;
    }
}
