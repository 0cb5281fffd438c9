package org.spotthesigns.reporting.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<DraftRecord, String> {

    /** Deletes without reading the answers: quick, and possible even when they cannot be decrypted. */
    @Modifying
    @Query("delete from DraftRecord d where d.id = :id and d.secretHash = :secretHash")
    int deleteByIdAndSecretHash(String id, String secretHash);

    @Modifying
    @Query("delete from DraftRecord d where d.touchedAt < :cutoff")
    int deleteTouchedBefore(Instant cutoff);
}
