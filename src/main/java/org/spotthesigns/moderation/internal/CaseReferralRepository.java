package org.spotthesigns.moderation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Referral letters, by case. */
public interface CaseReferralRepository extends JpaRepository<CaseReferralRecord, Long> {

    @Query("select r from CaseReferralRecord r where r.reportCase.reference = :reference order by r.preparedAt, r.id")
    List<CaseReferralRecord> findByCase(String reference);
}
