package org.spotthesigns.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<ReportRecord, Long>, QueueQueries {

    Optional<ReportRecord> findByReference(String reference);

    boolean existsByReference(String reference);

    /** The report sent from the draft of this idempotency key, if it was stored. */
    Optional<ReportRecord> findByIdempotencyKey(String idempotencyKey);

    @org.springframework.data.jpa.repository.Query("select r.reference from ReportRecord r where r.status in :statuses order by r.submittedAt")
    java.util.List<String> findReferencesByStatusIn(java.util.Collection<org.spotthesigns.reporting.ReportStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select r.reference from ReportRecord r where r.status in :statuses and r.updatedAt < :cutoff order by r.updatedAt")
    java.util.List<String> findClosedBefore(java.util.Collection<org.spotthesigns.reporting.ReportStatus> statuses,
            java.time.Instant cutoff, org.springframework.data.domain.Pageable page);

    /** Other reports with the same words received in a window: the same words sent again and again. */
    long countByWordsFingerprintAndSubmittedAtBetweenAndIdNot(String wordsFingerprint, java.time.Instant from,
            java.time.Instant to, Long id);
}
