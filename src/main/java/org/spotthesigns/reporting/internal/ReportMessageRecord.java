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
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.FollowUp.Author;

/** One message between the reporter and the moderators. */
@Entity
@Table(name = "report_message")
public class ReportMessageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ReportRecord report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Author author;

    /** The moderator who wrote it; null for the reporter, who has no name here. */
    @Column(length = 100)
    private @Nullable String moderator;

    @Column(nullable = false, length = 64000)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReportMessageRecord() {}

    ReportMessageRecord(ReportRecord report, Author author, String body, Instant sentAt, @Nullable String moderator) {
        this.report = report;
        this.author = author;
        this.body = body;
        this.sentAt = sentAt;
        this.moderator = moderator;
    }

    public Author getAuthor() {
        return author;
    }

    public @Nullable String getModerator() {
        return moderator;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
