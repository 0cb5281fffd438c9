package org.spotthesigns.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.moderation.RetentionProperties;
import org.spotthesigns.reporting.ReportExpired;
import org.spotthesigns.security.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes closed reports once they are older than the retention period: the report, its
 * messages, the case with its notes and history, its triage outcomes and links. It publishes
 * {@link ReportExpired} for each report in a transaction of its own, and every feature deletes its
 * own rows inside it, so a report goes whole or not at all and one failure stops no other. Runs on one node at a time
 * (a ShedLock lock in the database), and records each run and each deletion in the audit trail.
 */
@Component
public class RetentionJob {

    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ReportWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(
            ReportWorkflow workflow,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            AuditTrail audit,
            RetentionProperties properties,
            Clock clock) {
        this.workflow = workflow;
        this.events = events;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many reports were deleted */
    @Scheduled(cron = "${spotthesigns.retention.cron:0 30 3 * * *}")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
    public Integer deleteClosedReports() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(properties.closedReportDays()));
        int deleted = 0;
        int deletedFromBatch;
        List<String> batch;
        do {
            batch = workflow.closedBefore(cutoff, BATCH);
            deletedFromBatch = 0;
            for (String reference : batch) {
                try {
                    transactions.executeWithoutResult(status -> {
                        events.publishEvent(new ReportExpired(reference));
                        audit.recordAs("portal", "report-deleted-by-retention", reference, null, null, null);
                    });
                } catch (RuntimeException failed) {
                    // rolled back whole: every feature's rows of it stay, for the next run to try again
                    log.warn(
                            "Retention could not delete report {}; it is kept whole until the next run",
                            reference,
                            failed);
                    continue;
                }
                deleted++;
                deletedFromBatch++;
            }
        } while (batch.size() == BATCH && deletedFromBatch > 0);
        audit.recordAs(
                "portal", "retention-run", null, null, null, deleted + " closed reports last changed before " + cutoff);
        return deleted;
    }
}
