package org.spotthesigns.reporting.internal;

import org.spotthesigns.reporting.PublicStatusChanged;
import org.spotthesigns.reporting.ReportExpired;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting's side of what moderation decides: the status the reporter is shown follows the case,
 * and an expired report goes with its answers and thread.
 */
@Component
class WhatTheReporterSees {

    private final ReportRepository reports;

    WhatTheReporterSees(ReportRepository reports) {
        this.reports = reports;
    }

    /** Durable: a status change committed just before a crash still reaches the follow-up page. */
    @ApplicationModuleListener(id = "reporting.public-status-changed")
    void on(PublicStatusChanged changed) {
        reports.showStatus(changed.reference(), changed.status());
    }

    /** In retention's transaction: the report goes with every other feature's rows, or none do. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportExpired expired) {
        reports.findByReference(expired.reference()).ifPresent(reports::delete);
    }
}
