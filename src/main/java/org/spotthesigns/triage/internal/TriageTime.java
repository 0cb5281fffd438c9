package org.spotthesigns.triage.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Times how long a report waits for its triage: from being received to its outcome being stored, on
 * receipt or on a retry after a failure. Re-scoring (a rule change, a new link) is not counted. The
 * buckets are the ones a service manager asks about: within a second, five, thirty, a minute, five.
 */
@Component
public class TriageTime {

    /** The metric (Prometheus: {@code spotthesigns_triage_time_seconds}). */
    public static final String METRIC = "spotthesigns.triage.time";

    private final Timer time;

    TriageTime(MeterRegistry meters) {
        this.time = Timer.builder(METRIC)
                .description("Time from a report being received to its first triage outcome")
                .serviceLevelObjectives(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5))
                .register(meters);
    }

    /** Counts the wait once the outcome has committed: an outcome rolled back was never reached. */
    public void triaged(Instant received, Instant triaged) {
        Duration waited = Duration.between(received, triaged);
        Duration counted = waited.isNegative() ? Duration.ZERO : waited;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    time.record(counted);
                }
            });
        } else {
            time.record(counted);
        }
    }
}
