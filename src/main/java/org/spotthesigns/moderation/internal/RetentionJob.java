package org.spotthesigns.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.spotthesigns.moderation.RetentionProperties;
import org.spotthesigns.reporting.ReportWorkflow;
import org.spotthesigns.security.AuditTrail;
import org.spotthesigns.triage.TriageService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes closed reports once they are older than the retention period: the report, its
 * messages, notes and history, its triage outcomes and links. Runs on one node at a time
 * (a ShedLock lock in the database), and records each run and each deletion in the audit trail.
 */
@Component
public class RetentionJob {

    private static final int BATCH = 200;

    private final ReportWorkflow workflow;
    private final TriageService triage;
    private final AuditTrail audit;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(ReportWorkflow workflow, TriageService triage, AuditTrail audit, RetentionProperties properties, Clock clock) {
        this.workflow = workflow;
        this.triage = triage;
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
        List<String> batch;
        do {
            batch = workflow.closedBefore(cutoff, BATCH);
            for (String reference : batch) {
                triage.forget(reference);
                workflow.delete(reference);
                audit.recordAs("portal", "report-deleted-by-retention", reference, null, null, null);
                deleted++;
            }
        } while (batch.size() == BATCH);
        audit.recordAs("portal", "retention-run", null, null, null, deleted + " closed reports last changed before " + cutoff);
        return deleted;
    }
}
