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
import java.time.Instant;

/** A note moderators keep for each other about a report; the reporter never sees it. */
@Entity
@Table(name = "case_note")
public class CaseNoteRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseRecord reportCase;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 64000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CaseNoteRecord() {}

    CaseNoteRecord(CaseRecord reportCase, String author, String body, Instant writtenAt) {
        this.reportCase = reportCase;
        this.author = author;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
