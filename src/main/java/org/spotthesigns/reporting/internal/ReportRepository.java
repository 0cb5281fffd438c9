package org.spotthesigns.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<ReportRecord, Long> {

    Optional<ReportRecord> findByReference(String reference);

    boolean existsByReference(String reference);

    /** Reports received in a window, for spotting the same words sent again and again. */
    java.util.List<ReportRecord> findBySubmittedAtBetween(java.time.Instant from, java.time.Instant to);
}
