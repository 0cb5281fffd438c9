package org.spotthesigns.reporting.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.spotthesigns.reporting.ReportSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts reports received, once each has committed: a send that failed is not a report. A plain
 * listener with a synchronisation rather than a transactional listener, so counting adds no row to
 * the event publication registry and is never replayed after a restart.
 */
@Component
class ReportsReceived {

    /** The metric (Prometheus: {@code spotthesigns_reports_received_total}). */
    static final String METRIC = "spotthesigns.reports.received";

    private final Counter received;

    ReportsReceived(MeterRegistry meters) {
        this.received = Counter.builder(METRIC)
                .description("Reports received and stored")
                .register(meters);
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    received.increment();
                }
            });
        } else {
            received.increment();
        }
    }
}
