package org.spotthesigns.reporting.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.SavedDrafts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the drafts nobody has touched for the session timeout, as their sessions have ended.
 * A draft past that age is never loaded even before this runs; this only clears it away. Runs on
 * one node at a time.
 */
@Component
class ExpiredDrafts {

    private static final Logger log = LoggerFactory.getLogger(ExpiredDrafts.class);

    private final SavedDrafts drafts;

    ExpiredDrafts(SavedDrafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(
            fixedDelayString = "${spotthesigns.drafts.expiry-check-every:PT5M}",
            initialDelayString = "${spotthesigns.drafts.expiry-check-every:PT5M}")
    @SchedulerLock(name = "expired-report-drafts", lockAtMostFor = "PT10M")
    public void deleteExpired() {
        int deleted = drafts.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} report drafts left untouched for the session timeout", deleted);
        }
    }
}
