package org.spotthesigns.triage.internal;

import org.spotthesigns.reporting.ReportSubmitted;
import org.spotthesigns.triage.TriageService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Triages each report once its submission has committed. The event stays in the publication
 * registry until this has finished, so a crash in between is made good at the next start.
 */
@Component
class TriageOnSubmission {

    private final TriageService triage;

    TriageOnSubmission(TriageService triage) {
        this.triage = triage;
    }

    @ApplicationModuleListener(id = "triage.report-submitted")
    void on(ReportSubmitted submitted) {
        triage.triage(submitted.reference());
    }
}
