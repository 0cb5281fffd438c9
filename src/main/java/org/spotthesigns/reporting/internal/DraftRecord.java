package org.spotthesigns.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reporter's draft outside the node: the answers they confirmed, encrypted with the portal's
 * key, found by the id in their browser's cookie and opened only with the cookie's secret, of
 * which this row keeps just the hash. Reporting alone reads it (decision record 0017).
 */
@Entity
@Table(name = "report_draft")
public class DraftRecord {

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false, length = 1_000_000)
    private String answers;

    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    // for JPA
    @SuppressWarnings("NullAway.Init")
    protected DraftRecord() {}

    public DraftRecord(String id, String secretHash, String answers, Instant touchedAt) {
        this.id = id;
        this.secretHash = secretHash;
        this.answers = answers;
        this.touchedAt = touchedAt;
    }

    public String getId() {
        return id;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getTouchedAt() {
        return touchedAt;
    }

    public void update(String answers, Instant touchedAt) {
        this.answers = answers;
        this.touchedAt = touchedAt;
    }

    public void touch(Instant touchedAt) {
        this.touchedAt = touchedAt;
    }
}
