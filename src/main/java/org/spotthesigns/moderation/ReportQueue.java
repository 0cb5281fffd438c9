package org.spotthesigns.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spotthesigns.moderation.internal.CaseRecord;
import org.spotthesigns.moderation.internal.CaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports moderators work through, a page at a time and never all at once: most urgent
 * first (priority), then soonest due (deadline).
 */
@Service
public class ReportQueue {

    private final CaseRepository reports;

    ReportQueue(CaseRepository reports) {
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public List<QueueRow> page(QueueFilter filter, int page, int size) {
        List<CaseRecord> cases = reports.queuePage(filter, page * size, size);
        // one look-up for the page, not one per report
        Set<Long> toApprove = cases.isEmpty()
                ? Set.of()
                : Set.copyOf(reports.withReferralToApprove(
                        cases.stream().map(CaseRecord::getId).toList()));
        return cases.stream()
                .map(report -> row(report, toApprove.contains(report.getId())))
                .toList();
    }

    /** The queue counts this far and no further; beyond it, it says there are more. */
    public static final int COUNTED_UP_TO = 10_000;

    /** How many reports the filter finds, or {@link #COUNTED_UP_TO} + 1 where there are more. */
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        return count(filter, COUNTED_UP_TO + 1);
    }

    /** How many reports the filter finds, counted no further than {@code upTo}. */
    @Transactional(readOnly = true)
    public long count(QueueFilter filter, int upTo) {
        return reports.queueCount(filter, upTo);
    }

    /** The agency each of these reports was last referred to, by reference; reports never referred are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> referredTo(Collection<String> references) {
        Map<String, String> agencies = new HashMap<>();
        if (!references.isEmpty()) {
            // in the order they were made, so the last referral wins
            reports.referrals(references).forEach(referral -> agencies.put((String) referral[0], (String) referral[1]));
        }
        return agencies;
    }

    private static QueueRow row(CaseRecord report, boolean referralToApprove) {
        return new QueueRow(
                report.getReference(),
                report.getSubmittedAt(),
                report.getStatus(),
                report.getPriority(),
                report.getDeadline(),
                report.getArea(),
                report.getPlaceKind(),
                report.getAssignedTo(),
                report.isSuspectedSpam(),
                report.isReporterReplied(),
                report.getNoticed(),
                report.isDangerNow(),
                report.getAgeBand(),
                report.getSigns(),
                report.isLinked(),
                referralToApprove,
                report.getLanguage());
    }
}
