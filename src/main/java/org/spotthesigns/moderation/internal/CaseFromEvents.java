package org.spotthesigns.moderation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spotthesigns.moderation.SearchWords;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportExpired;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.ReportSubmitted;
import org.spotthesigns.reporting.ReporterReplied;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.ReportTriaged;
import org.spotthesigns.triage.ReportsUnlinked;
import org.spotthesigns.triage.TriageService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each case, the queue's row, in step with what the other features publish: a report
 * received opens a case, a triage outcome sets its priority and deadline, a reporter's reply marks
 * it. Each listener is durable (decision record 0006): its event stays in the publication registry
 * until it has finished, so nothing published just before a crash is lost. The portal's own
 * changes leave the case's version alone, so they never refuse a moderator's change.
 */
@Component
class CaseFromEvents {

    private final CaseRepository cases;
    private final ReportService reports;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TriageService triage;

    CaseFromEvents(
            CaseRepository cases,
            ReportService reports,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            TriageService triage) {
        this.triage = triage;
        this.cases = cases;
        this.reports = reports;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A new report is in the queue at once, untriaged and so first: a failed triage never hides it.
     * Open queues are told when it is triaged, a moment later, so that they refresh once for it.
     */
    @ApplicationModuleListener(id = "moderation.report-submitted")
    void on(ReportSubmitted submitted) {
        open(submitted.reference());
    }

    @ApplicationModuleListener(id = "moderation.report-triaged")
    void on(ReportTriaged triaged) {
        String reference = triaged.reference();
        // one triage can publish outcomes for both ends of a new link, whose listeners then mark each
        // other's case: taken one at a time, they never wait on each other's rows (a deadlock)
        lockCases();
        if (!cases.existsByReference(reference) && open(reference).isEmpty()) {
            return; // the report is gone (retention), and its case with it
        }
        int priority = triaged.priority().ordinal() + 1;
        cases.triaged(reference, priority, triaged.deadline(), triaged.suspectedSpam());
        cases.prioritised(reference, priority);
        markLinks(reference);
        // the open queues refresh once this transaction has committed
        events.publishEvent(new QueueBroadcaster.Change(reference, triaged.priority() == Priority.P1));
    }

    /**
     * Triage links a report when it scores it, and re-scores the older report only when the link
     * can raise it: so both ends of each link are marked here, from the newer report's outcome.
     */
    private void markLinks(String reference) {
        List<String> linked = new ArrayList<>();
        triage.links(reference).forEach(link -> linked.add(link.reference()));
        if (!linked.isEmpty()) {
            linked.add(reference);
            cases.linked(linked);
        }
    }

    @ApplicationModuleListener(id = "moderation.reporter-replied")
    void on(ReporterReplied replied) {
        if (cases.reporterReplied(replied.reference(), true) > 0) {
            events.publishEvent(new QueueBroadcaster.Change(replied.reference(), false));
        }
    }

    /** In retention's transaction: the case goes with its notes, history and words. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportExpired expired) {
        cases.findByReference(expired.reference()).ifPresent(cases::delete);
    }

    /** In retention's transaction: a report whose only links went with an expired one is no longer flagged. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportsUnlinked unlinked) {
        cases.unlinked(unlinked.references());
    }

    private void lockCases() {
        jdbc.sql("select id from case_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /**
     * The case of a stored report, opened now if it has none. Whichever of "received" and
     * "triaged" arrives first opens it; a lock makes the other wait and then find it.
     */
    private Optional<CaseRecord> open(String reference) {
        lockCases();
        Optional<CaseRecord> existing = cases.findByReference(reference);
        if (existing.isPresent()) {
            return existing;
        }
        return reports.forQueue(reference)
                .map(report -> cases.saveAndFlush((new CaseRecord(
                                reference,
                                report.submittedAt(),
                                report.area(),
                                report.placeKind(),
                                report.noticed(),
                                SearchWords.of(report.noticed(), report.location()),
                                report.dangerNow() == Answer.YES,
                                report.ageBand(),
                                report.signs())
                        .journeyTo(report.journeyToArea())
                        .writtenIn(report.language()))));
    }
}
