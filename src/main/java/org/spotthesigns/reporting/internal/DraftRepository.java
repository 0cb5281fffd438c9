package org.spotthesigns.reporting.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<DraftRecord, String> {

    @Modifying
    @Query("delete from DraftRecord d where d.touchedAt < :cutoff")
    int deleteTouchedBefore(Instant cutoff);
}
