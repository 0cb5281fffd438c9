package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.Referral.Shared;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.security.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** Referrals on the real database: two hands to refer, and the case keeps exactly what was sent. */
@SpringBootTest
@ActiveProfiles("test")
class ReferralServiceIntegrationTest {

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    ReferralService referrals;

    @Autowired
    ModerationService moderation;

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void a_referral_counts_only_once_a_second_moderator_approves_it() {
        String reference = submit();
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        Referral prepared = referrals.prepare(reference, version, "leicestershire-police", "LP-77", Set.of());

        assertThat(moderation.open(reference).orElseThrow().report().status()).isNotEqualTo(ReportStatus.REFERRED);
        assertThat(moderation.referralAwaitingApproval(reference)).isTrue();
        assertThat(queueRow(reference).flags(java.time.Instant.now())).contains(QueueRow.Flag.REFERRAL_TO_APPROVE);
        assertThatThrownBy(() -> referrals.approve(reference, prepared.id(), version))
                .isInstanceOf(WorkflowException.class)
                .satisfies(refused ->
                        assertThat(((WorkflowException) refused).messageKey()).contains("referral.error.ownApproval"));
        assertThat(moderation.open(reference).orElseThrow().report().status()).isNotEqualTo(ReportStatus.REFERRED);

        as("bob");
        Referral approved = referrals.approve(reference, prepared.id(), version);

        assertThat(approved.approvedBy()).isEqualTo("bob");
        assertThat(approved.approvedAt()).isNotNull();
        ReportCase after = moderation.open(reference).orElseThrow().report();
        assertThat(after.status()).isEqualTo(ReportStatus.REFERRED);
        assertThat(after.statusChanges().getLast())
                .extracting(
                        ReportCase.StatusChange::agency,
                        ReportCase.StatusChange::agencyReference,
                        ReportCase.StatusChange::changedBy)
                .containsExactly("leicestershire-police", "LP-77", "bob");
        assertThat(moderation.referralAwaitingApproval(reference)).isFalse();
        assertThat(queueRow(reference).flags(java.time.Instant.now()))
                .doesNotContain(QueueRow.Flag.REFERRAL_TO_APPROVE);
        assertThatThrownBy(() -> referrals.approve(reference, prepared.id(), after.version()))
                .isInstanceOf(WorkflowException.class);
        assertThat(moderation.open(reference).orElseThrow().audit())
                .extracting(AuditEntry::actor, AuditEntry::action)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("alice", "referral-prepared"),
                        org.assertj.core.groups.Tuple.tuple("bob", "referred"));
        assertThat(moderation.open(reference).orElseThrow().audit())
                .filteredOn(e -> e.action().equals("referred"))
                .extracting(AuditEntry::after)
                .singleElement()
                .asString()
                .contains("LP-77", "sha256:" + prepared.sha256(), "prepared by alice");
    }

    @Test
    void the_case_keeps_the_letter_as_prepared_with_its_hash_and_a_new_letter_replaces_one_awaiting_approval() {
        String reference = submit();
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        Referral first = referrals.prepare(reference, version, "leicestershire-police", "LP-1", Set.of());
        Referral second = referrals.prepare(reference, version, "crimestoppers", "CS-2", Set.of(Shared.NOTICED));

        assertThat(referrals.referrals(reference)).extracting(Referral::id).containsExactly(second.id());
        assertThat(second.letter())
                .contains(reference, "Crimestoppers", "CS-2", "bus station")
                .doesNotContain("07700 900456");
        assertThat(first.letter()).doesNotContain("bus station");
        // the bundle's words as the screens show them: an apostrophe is not MessageFormat's quote
        assertThat(second.letter()).contains("Left out of this letter: the location in the reporter's words");
        String stored = jdbc.queryForObject("select letter from case_referral where id = ?", String.class, second.id());
        String hash = jdbc.queryForObject("select sha256 from case_referral where id = ?", String.class, second.id());
        assertThat(stored).isEqualTo(second.letter());
        assertThat(hash).isEqualTo(ReferralLetter.sha256(stored)).hasSize(64);
        assertThat(jdbc.queryForObject("select prepared_by from case_referral where id = ?", String.class, second.id()))
                .isEqualTo("alice");

        as("bob");
        assertThatThrownBy(() -> referrals.approve(reference, first.id(), version))
                .isInstanceOf(WorkflowException.class)
                .satisfies(refused ->
                        assertThat(((WorkflowException) refused).messageKey()).contains("referral.error.gone"));
        referrals.approve(reference, second.id(), version);
        assertThat(jdbc.queryForObject("select approved_by from case_referral where id = ?", String.class, second.id()))
                .isEqualTo("bob");
        assertThat(referrals.text(referrals.referrals(reference).getFirst())).isEqualTo(stored);
    }

    @Test
    void the_old_refer_action_prepares_a_letter_without_the_reporters_words_and_checks_the_agency() {
        String reference = submit();
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        assertThatThrownBy(() -> moderation.refer(reference, version, "", "X1"))
                .hasMessage("Choose the agency the report was passed to.");
        CaseFile file = moderation.refer(reference, version, "leicestershire-police", "LP-9");

        assertThat(file.report().status()).isNotEqualTo(ReportStatus.REFERRED);
        Referral awaiting = referrals.awaitingApproval(reference).orElseThrow();
        assertThat(awaiting.shared()).isEmpty();
        assertThat(awaiting.letter()).doesNotContain("bus station", "07700 900456", "sam@example.org");
    }

    @Test
    void a_referral_is_prepared_only_from_the_version_the_moderator_saw() {
        String reference = submit();
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();
        moderation.claim(reference, version);

        assertThatThrownBy(() -> referrals.prepare(reference, version, "leicestershire-police", "LP-1", Set.of()))
                .isInstanceOf(ReportChangedException.class);
        assertThat(referrals.referrals(reference)).isEmpty();
    }

    @Test
    void a_closed_report_is_reopened_before_a_referral_is_prepared() {
        String reference = submit();
        as("alice");
        CaseFile closed = moderation.noFurtherAction(
                reference, moderation.open(reference).orElseThrow().report().version(), "Known to the school");

        assertThatThrownBy(() -> referrals.prepare(
                        reference, closed.report().version(), "leicestershire-police", "LP-1", Set.of()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("This report is already closed: reopen it first.");
        assertThat(referrals.referrals(reference)).isEmpty();
    }

    private String submit() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed("A boy of about 14 at the bus station " + UUID.randomUUID());
        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workflow.find(reference)
                        .map(c -> c.triagePriority() != null)
                        .orElse(false));
        return reference;
    }

    /** The report's row in the queue, found by its reference. */
    private QueueRow queueRow(String reference) {
        return moderation
                .queue(new QueueFilter(Set.of(), Set.of(), null, null, null, null, reference), 0, 1)
                .getFirst();
    }

    private void as(String moderator) {
        securityContexts
                .getContext()
                .setAuthentication(new TestingAuthenticationToken(moderator, null, "ROLE_MODERATOR"));
    }
}
