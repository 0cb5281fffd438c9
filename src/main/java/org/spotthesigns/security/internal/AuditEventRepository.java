package org.spotthesigns.security.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: the audit trail has no way to change or delete an entry. */
public interface AuditEventRepository extends Repository<AuditEventRecord, Long> {

    AuditEventRecord save(AuditEventRecord event);

    List<AuditEventRecord> findByReportReferenceOrderByOccurredAtAscIdAsc(String reportReference);
}
