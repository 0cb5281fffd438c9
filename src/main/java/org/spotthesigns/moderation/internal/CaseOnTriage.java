package org.spotthesigns.moderation.internal;

import org.spotthesigns.reporting.ReportWorkflow;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.ReportTriaged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes each triage outcome into the case and the queue, once triage has committed it. The event
 * stays in the publication registry until this has finished, so an outcome published just before
 * a crash reaches the queue after the restart (or at the next retry).
 */
@Component
class CaseOnTriage {

    private final ReportWorkflow workflow;
    private final ApplicationEventPublisher events;

    CaseOnTriage(ReportWorkflow workflow, ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.events = events;
    }

    @ApplicationModuleListener(id = "moderation.report-triaged")
    void on(ReportTriaged triaged) {
        workflow.recordTriage(triaged.reference(), triaged.priority().ordinal() + 1, triaged.deadline(), triaged.suspectedSpam());
        // the open queues refresh once this transaction has committed
        events.publishEvent(new QueueBroadcaster.Change(triaged.reference(), triaged.priority() == Priority.P1));
    }
}
