package org.spotthesigns.guidance.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentReleaseRepository extends JpaRepository<ContentReleaseRecord, Long> {

    Optional<ContentReleaseRecord> findByFingerprint(String fingerprint);
}
