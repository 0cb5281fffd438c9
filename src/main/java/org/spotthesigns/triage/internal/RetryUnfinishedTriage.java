package org.spotthesigns.triage.internal;

import org.spotthesigns.triage.TriageProperties;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again every triage that failed or never finished (a database that was briefly away, a
 * lock that timed out), without waiting for the next restart: a report is never left untriaged.
 */
@Component
class RetryUnfinishedTriage {

    private final IncompleteEventPublications unfinished;
    private final TriageProperties properties;

    RetryUnfinishedTriage(IncompleteEventPublications unfinished, TriageProperties properties) {
        this.unfinished = unfinished;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${spotthesigns.triage.retry-every:PT1M}",
            initialDelayString = "${spotthesigns.triage.retry-every:PT1M}")
    void retry() {
        unfinished.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
    }
}
