package org.spotthesigns.moderation.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.triage.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue as a service manager charts it: open reports by priority, and how many are overdue.
 * One grouped count answers both, and its figures are kept for a few seconds
 * ({@code spotthesigns.metrics.queue-counts-for}), so however often the metrics are scraped, and by
 * however many scrapers, the database counts at most once in that time. While the database cannot
 * answer, the gauges read NaN (Prometheus's "no value"), and the next try waits as long.
 */
@Component
class QueueGauges {

    /** Open reports by priority (Prometheus: {@code spotthesigns_queue_open_reports}). */
    static final String OPEN = "spotthesigns.queue.open";
    /** Open reports past their deadline (Prometheus: {@code spotthesigns_queue_overdue_reports}). */
    static final String OVERDUE = "spotthesigns.queue.overdue";

    private static final Logger LOG = LoggerFactory.getLogger(QueueGauges.class);
    private static final String OPEN_STATUSES = ReportStatus.open().stream()
            .map(status -> "'" + status.name() + "'")
            .sorted()
            .collect(Collectors.joining(", "));

    /** One count of the queue: open reports by priority (0: not yet triaged; 1 to 4: P1 to P4), and overdue. */
    private static final class Counts {

        static final Counts UNKNOWN =
                new Counts(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Double.NaN);

        private final double[] open;
        private final double overdue;

        Counts(double[] open, double overdue) {
            this.open = open.clone();
            this.overdue = overdue;
        }

        double open(int priority) {
            return open[priority];
        }

        double overdue() {
            return overdue;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoadingCache<Boolean, Counts> counts;

    QueueGauges(
            JdbcClient jdbc,
            Clock clock,
            MeterRegistry meters,
            @Value("${spotthesigns.metrics.queue-counts-for:PT10S}") Duration keptFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = Caffeine.newBuilder().expireAfterWrite(keptFor).build(ignored -> count());
        for (Priority priority : Priority.values()) {
            open(meters, priority.name(), priority.ordinal() + 1);
        }
        open(meters, "untriaged", 0);
        Gauge.builder(OVERDUE, this, gauges -> gauges.current().overdue())
                .description("Open reports past their response deadline")
                .baseUnit("reports")
                .register(meters);
    }

    private void open(MeterRegistry meters, String priority, int index) {
        Gauge.builder(OPEN, this, gauges -> gauges.current().open(index))
                .description("Open reports (new, in review or referred) by priority; untriaged: no outcome yet")
                .baseUnit("reports")
                .tag("priority", priority)
                .register(meters);
    }

    private Counts current() {
        return counts.get(Boolean.TRUE);
    }

    private Counts count() {
        try {
            double[] open = new double[5];
            double[] overdue = new double[1];
            jdbc.sql("select coalesce(priority, 0), count(*), "
                            + "sum(case when deadline < ? then 1 else 0 end) "
                            + "from report_case where status in (" + OPEN_STATUSES + ") "
                            + "group by coalesce(priority, 0)")
                    .param(clock.instant().atOffset(ZoneOffset.UTC))
                    .query((row, n) -> {
                        int priority = row.getInt(1);
                        if (priority >= 0 && priority < open.length) {
                            open[priority] = row.getLong(2);
                        }
                        overdue[0] += row.getLong(3);
                        return priority;
                    })
                    .list();
            return new Counts(open, overdue[0]);
        } catch (DataAccessException unreachable) {
            LOG.debug("The queue could not be counted: {}", unreachable.toString());
            return Counts.UNKNOWN;
        }
    }
}
