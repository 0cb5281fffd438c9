package org.spotthesigns.guidance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A state of the guidance that the portal has served, first seen at {@link #firstPublished}. */
@Entity
@Table(name = "content_release")
public class ContentReleaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String fingerprint;

    @Column(name = "first_published", nullable = false)
    private Instant firstPublished;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    protected ContentReleaseRecord() {}

    public ContentReleaseRecord(String fingerprint, Instant firstPublished, int fileCount) {
        this.fingerprint = fingerprint;
        this.firstPublished = firstPublished;
        this.fileCount = fileCount;
    }

    public Long getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getFirstPublished() {
        return firstPublished;
    }

    public int getFileCount() {
        return fileCount;
    }
}
