package org.spotthesigns.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<ReportRecord, Long> {

    Optional<ReportRecord> findByReference(String reference);

    boolean existsByReference(String reference);
}
