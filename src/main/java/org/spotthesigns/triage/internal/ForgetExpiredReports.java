package org.spotthesigns.triage.internal;

import org.spotthesigns.reporting.ReportExpired;
import org.spotthesigns.triage.TriageService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An expired report's outcomes and links go in retention's transaction, with every other feature's rows. */
@Component
class ForgetExpiredReports {

    private final TriageService triage;

    ForgetExpiredReports(TriageService triage) {
        this.triage = triage;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportExpired expired) {
        triage.forget(expired.reference());
    }
}
