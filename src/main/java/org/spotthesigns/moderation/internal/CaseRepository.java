package org.spotthesigns.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.spotthesigns.moderation.ReportStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Cases, and the portal's own changes to them. Those are update statements that leave the
 * version alone: a new triage outcome or a reporter's reply never refuses a moderator's change.
 */
public interface CaseRepository extends JpaRepository<CaseRecord, Long>, QueueQueries {

    Optional<CaseRecord> findByReference(String reference);

    boolean existsByReference(String reference);

    @Query(
            "select c.reference from CaseRecord c where c.status in :statuses and c.updatedAt < :cutoff order by c.updatedAt")
    List<String> findClosedBefore(Collection<ReportStatus> statuses, Instant cutoff, Pageable page);

    /** Triage's outcome: its priority, when the case is due and whether it looks like spam. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update CaseRecord c set c.triagePriority = :priority, c.deadline = :deadline, c.suspectedSpam = :suspectedSpam "
                    + "where c.reference = :reference")
    int triaged(String reference, int priority, Instant deadline, boolean suspectedSpam);

    /** The queue's order follows triage, unless a moderator has set the priority. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update CaseRecord c set c.priority = :priority where c.reference = :reference and c.priorityOverrideReason is null")
    int prioritised(String reference, int priority);

    /** Marks the case in the queue as written to by its reporter, or clears the mark. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CaseRecord c set c.reporterReplied = :replied where c.reference = :reference")
    int reporterReplied(String reference, boolean replied);

    /** Marks these cases as linked by triage to another report. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CaseRecord c set c.linked = true where c.reference in :references and c.linked = false")
    int linked(Collection<String> references);

    /** Clears the mark of these cases: the reports they were linked to have gone. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CaseRecord c set c.linked = false where c.reference in :references and c.linked = true")
    int unlinked(Collection<String> references);

    /** Which of these cases have a referral that waits for a second moderator's approval. */
    @Query("select distinct r.reportCase.id from CaseReferralRecord r where r.reportCase.id in :caseIds"
            + " and r.approvedAt is null")
    List<Long> withReferralToApprove(Collection<Long> caseIds);

    /** Each referral of these cases as (reference, agency id), oldest first. */
    @Query("select c.reference, s.agency from CaseStatusChangeRecord s join s.reportCase c "
            + "where c.reference in :references and s.agency is not null order by s.changedAt, s.id")
    List<Object[]> referrals(Collection<String> references);
}
