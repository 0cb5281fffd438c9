package org.spotthesigns.guidance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers when each state of the guidance was first served, so the site can say when its
 * guidance last changed and reports can name the release they were made against. Several nodes
 * may start at once with the same content: the unique fingerprint makes one of them win.
 */
@Component
public class ContentReleases {

    private final ContentReleaseRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContentReleases(ContentReleaseRepository repository, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Databases keep microseconds: the instant is cut to them so a re-read equals what was stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public ContentReleaseRecord publish(String fingerprint, int fileCount) {
        try {
            return transactions.execute(status -> repository
                    .findByFingerprint(fingerprint)
                    .orElseGet(() -> repository.saveAndFlush(new ContentReleaseRecord(fingerprint, now(), fileCount))));
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return transactions.execute(
                    status -> repository.findByFingerprint(fingerprint).orElseThrow());
        }
    }
}
