package org.spotthesigns.reporting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.spotthesigns.reporting.PublicStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<ReportRecord, Long> {

    Optional<ReportRecord> findByReference(String reference);

    boolean existsByReference(String reference);

    /** The report sent from the draft of this idempotency key, if it was stored. */
    Optional<ReportRecord> findByIdempotencyKey(String idempotencyKey);

    @Query("select r.reference from ReportRecord r where r.publicStatus in :statuses order by r.submittedAt")
    List<String> findReferencesByPublicStatusIn(Collection<PublicStatus> statuses);

    /** Other reports with the same words received in a window: the same words sent again and again. */
    long countByWordsFingerprintAndSubmittedAtBetweenAndIdNot(
            String wordsFingerprint, Instant from, Instant to, Long id);

    /**
     * What the reporter is shown, set in one statement that leaves the report's version alone: a
     * reply being written at the same moment is still saved.
     */
    @Modifying
    @Query("update ReportRecord r set r.publicStatus = :status where r.reference = :reference")
    int showStatus(String reference, PublicStatus status);
}
