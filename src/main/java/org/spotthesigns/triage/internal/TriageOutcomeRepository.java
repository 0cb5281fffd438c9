package org.spotthesigns.triage.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TriageOutcomeRepository extends JpaRepository<TriageOutcomeRecord, Long> {

    /** Newest first: the first is the outcome in force. */
    List<TriageOutcomeRecord> findByReportReferenceOrderByTriagedAtDescIdDesc(String reportReference);
}
