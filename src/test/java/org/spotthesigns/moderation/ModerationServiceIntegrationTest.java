package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.PublicStatus;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.security.AuditEntry;
import org.spotthesigns.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** The moderators' work on the real database: the queue's order and filters, the workflow, and the audit trail. */
@SpringBootTest
@ActiveProfiles("test")
class ModerationServiceIntegrationTest {

    /** The portal's own holder: each test context has its own, and the static one may belong to another. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    ModerationService moderation;

    @Autowired
    ReportService reports;

    @Autowired
    TriageService triage;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReferralService referrals;

    @Autowired
    ReportQueue queue;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void the_queue_shows_the_most_urgent_first_and_filters_by_words_area_priority_and_spam() {
        String words = "queue order " + UUID.randomUUID();
        String low = submit(words, draft -> {});
        String urgent = submit(words, draft -> draft.setDangerNow(Answer.YES));
        String blaby = submit(words, draft -> draft.setTown("blaby"));
        as("alice");

        QueueFilter mine = new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, words);
        assertThat(moderation.queue(mine, 0, 50))
                .extracting(QueueRow::reference)
                .startsWith(urgent)
                .contains(low, blaby);
        assertThat(moderation.count(mine)).isEqualTo(3);
        // a count reads no further than it must
        assertThat(queue.count(mine, 2)).isEqualTo(2);
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(1), null, null, null, null, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(urgent);
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), "blaby", null, null, null, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(blaby);
        // the same words sent again are suspected spam, and still in the queue
        assertThat(moderation.count(new QueueFilter(Set.of(), Set.of(), null, null, null, true, words)))
                .isEqualTo(2);
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), null, null, null, false, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(low);
        assertThat(moderation.queue(
                        new QueueFilter(Set.of(), Set.of(), null, null, null, null, urgent.toLowerCase()), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(urgent);
    }

    @Test
    void the_queue_filters_by_the_language_a_report_was_written_in_and_says_which() {
        String words = "interpreter " + UUID.randomUUID();
        String polish = submit(words, draft -> draft.setLanguage("pl"));
        String urdu = submit(words, draft -> draft.setLanguage("ur"));
        String english = submit(words, draft -> {});
        as("alice");
        QueueFilter these = new QueueFilter(Set.of(), Set.of(), null, null, null, null, words);

        assertThat(moderation.queue(these.withLanguage("pl"), 0, 50))
                .extracting(QueueRow::reference, QueueRow::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(polish, "pl"));
        assertThat(moderation.count(these.withLanguage("ur"))).isEqualTo(1);
        assertThat(moderation.queue(these.withLanguage("en"), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(english);
        assertThat(moderation.count(these)).isEqualTo(3);
        assertThat(moderation.open(urdu).orElseThrow().report().answers().language())
                .isEqualTo("ur");
        assertThat(moderation.languages())
                .extracting(org.spotthesigns.guidance.Choice::id, org.spotthesigns.guidance.Choice::label)
                .startsWith(org.assertj.core.groups.Tuple.tuple("en", "English"))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("pl", "Polish"),
                        org.assertj.core.groups.Tuple.tuple("pa", "Punjabi"));
    }

    @Test
    void the_dashboards_untriaged_and_overdue_figures_each_have_a_queue_of_their_own() {
        String words = "needs attention " + UUID.randomUUID();
        String untriaged = submit(words, draft -> {});
        String overdue = submit(words, draft -> {});
        submit(words, draft -> {});
        // a report whose triage has not yet run, and one whose deadline has passed
        jdbc.update("update report_case set priority = null, deadline = null where reference = ?", untriaged);
        jdbc.update(
                "update report_case set deadline = ? where reference = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))),
                overdue);
        as("alice");
        QueueFilter these = new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, words);

        assertThat(moderation.queue(these.withAttention(QueueFilter.Attention.UNTRIAGED), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(untriaged);
        assertThat(moderation.queue(these.withAttention(QueueFilter.Attention.OVERDUE), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(overdue);
        assertThat(moderation.count(these.withAttention(QueueFilter.Attention.OVERDUE)))
                .isOne();
        assertThat(moderation.count(these)).isEqualTo(3);
    }

    @Test
    void the_queue_flags_danger_now_under_13_and_both_ends_of_a_link_from_the_answers_and_triage() {
        String words = "queue flags " + UUID.randomUUID();
        String nickname = "Flagged " + UUID.randomUUID();
        String first = submit(words, draft -> draft.setDetails(List.of(new Detail(DetailKind.NICKNAME, nickname))));
        String second = submit(words, draft -> {
            draft.setDangerNow(Answer.YES);
            draft.setAgeBand(AgeBand.UNDER_13);
            draft.setDetails(List.of(new Detail(DetailKind.NICKNAME, nickname)));
        });
        as("alice");
        QueueFilter both = new QueueFilter(Set.of(), Set.of(), null, null, null, null, words);

        // the older report is linked from the newer one's triage, whether or not the link re-scored it
        await().atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .until(() -> moderation.queue(both, 0, 5).stream().allMatch(QueueRow::linked));
        Map<String, QueueRow> rows = moderation.queue(both, 0, 5).stream()
                .collect(java.util.stream.Collectors.toMap(QueueRow::reference, row -> row));
        Instant now = Instant.now();
        assertThat(rows.get(second).flags(now))
                .startsWith(QueueRow.Flag.DANGER_NOW, QueueRow.Flag.UNDER_13)
                .contains(QueueRow.Flag.LINKED);
        assertThat(rows.get(first).flags(now))
                .contains(QueueRow.Flag.LINKED)
                .doesNotContain(QueueRow.Flag.DANGER_NOW, QueueRow.Flag.UNDER_13);
        assertThat(rows.get(first).ageBand()).isEqualTo(AgeBand.NOT_SURE);
        assertThat(rows.get(second).signs()).containsExactlyInAnyOrder("two-phones", "lots-of-cash");
    }

    @Test
    void a_claimed_report_is_in_review_with_one_owner_and_every_step_is_audited() {
        String reference = submit("claim " + UUID.randomUUID(), draft -> {});
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        CaseFile claimed = moderation.claim(reference, version);

        assertThat(claimed.report().assignedTo()).isEqualTo("alice");
        assertThat(claimed.report().status()).isEqualTo(ReportStatus.IN_REVIEW);
        as("bob");
        assertThatThrownBy(() -> moderation.claim(reference, claimed.report().version()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("alice has already claimed this report.");
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), null, null, "alice", null, reference), 0, 5))
                .extracting(QueueRow::reference)
                .containsExactly(reference);
        assertThat(claimed.audit())
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::after)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("alice", "report-viewed", null),
                        org.assertj.core.groups.Tuple.tuple("alice", "claimed", "alice"));
    }

    @Test
    void a_change_made_on_an_old_version_is_refused_and_names_who_changed_it_and_what() {
        String reference = submit("conflict " + UUID.randomUUID(), draft -> {});
        as("alice");
        long seen = moderation.open(reference).orElseThrow().report().version();
        as("bob");
        moderation.noFurtherAction(
                reference, moderation.open(reference).orElseThrow().report().version(), "Known to the school");

        as("alice");
        assertThatThrownBy(() -> moderation.spam(reference, seen))
                .isInstanceOf(ReportChangedException.class)
                .hasMessageStartingWith("bob set the status to No further action at ");
        assertThat(moderation.open(reference).orElseThrow().report().status())
                .isEqualTo(ReportStatus.NO_FURTHER_ACTION);
    }

    @Test
    void each_closing_status_needs_its_reason_and_a_closed_report_can_be_reopened() {
        String other = submit("original " + UUID.randomUUID(), draft -> {});
        String reference = submit("closing " + UUID.randomUUID(), draft -> {});
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        assertThatThrownBy(() -> moderation.refer(reference, version, "", "X1"))
                .hasMessage("Choose the agency the report was passed to.");
        assertThatThrownBy(() -> moderation.refer(reference, version, "leicestershire-police", " "))
                .hasMessage("Write the agency's reference.");
        assertThatThrownBy(() -> moderation.noFurtherAction(reference, version, ""))
                .hasMessage("Write why no further action is needed.");
        assertThatThrownBy(() -> moderation.duplicate(reference, version, reference))
                .hasMessage("Give the reference of the other report this one repeats.");
        assertThatThrownBy(() -> moderation.overridePriority(reference, version, 1, "x".repeat(2001)))
                .hasMessage("Keep why the priority should change to 2000 characters.");

        CaseFile duplicate = moderation.duplicate(reference, version, other.toLowerCase());
        assertThat(duplicate.report().statusChanges().getLast().duplicateOf()).isEqualTo(other);
        assertThatThrownBy(() -> moderation.spam(reference, duplicate.report().version()))
                .hasMessage("This report is already closed: reopen it first.");
        CaseFile reopened = moderation.reopen(reference, duplicate.report().version());
        assertThat(reopened.report().status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(reopened.audit())
                .extracting(AuditEntry::action, AuditEntry::before, AuditEntry::after)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("marked-duplicate", "NEW", "DUPLICATE of " + other),
                        org.assertj.core.groups.Tuple.tuple("reopened", "DUPLICATE", "IN_REVIEW"));
    }

    @Test
    void a_priority_set_by_a_moderator_orders_the_queue_and_outlives_a_new_triage() {
        String reference = submit("override " + UUID.randomUUID(), draft -> {});
        as("alice");
        long version = moderation.open(reference).orElseThrow().report().version();

        CaseFile raised = moderation.overridePriority(reference, version, 1, "The school says he is missing tonight");
        triage.triage(reference);

        CaseFile after = moderation.open(reference).orElseThrow();
        assertThat(after.report().priority()).isEqualTo(1);
        assertThat(after.report().priorityOverrideReason()).isEqualTo("The school says he is missing tonight");
        assertThat(after.report().triagePriority()).isNotNull().isNotEqualTo(1);
        assertThat(raised.audit()).extracting(AuditEntry::action).contains("priority-overridden");
    }

    @Test
    void a_reply_from_the_reporter_marks_the_report_until_a_moderator_answers() {
        String words = "reply " + UUID.randomUUID();
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(words);
        SubmittedReport submitted = reports.submit(draft, UUID.randomUUID().toString());
        String reference = submitted.reference().value();
        awaitInQueue(reference);

        reports.reply(
                reference,
                submitted.key().value(),
                "One more thing: he had a bike.",
                UUID.randomUUID().toString());

        as("alice");
        QueueFilter filter = new QueueFilter(Set.of(), Set.of(), null, null, null, null, words);
        // the case takes the reply from reporting's event, once the reply has committed
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workflow.find(reference)
                        .map(ReportCase::reporterReplied)
                        .orElse(false));
        assertThat(moderation.queue(filter, 0, 5))
                .extracting(QueueRow::reporterReplied)
                .containsExactly(true);
        CaseFile answered = moderation.sendMessage(reference, "Thank you, that helps.");
        assertThat(answered.report().messages())
                .extracting(m -> m.body())
                .containsExactly("One more thing: he had a bike.", "Thank you, that helps.");
        assertThat(moderation.queue(filter, 0, 5))
                .extracting(QueueRow::reporterReplied)
                .containsExactly(false);
        assertThatThrownBy(() -> moderation.sendMessage(reference, "  ")).hasMessage("Write the message.");
    }

    @Test
    void a_moderators_words_are_kept_as_typed_counted_as_a_person_sees_them_and_fit_their_columns() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String reference = submit("moderator words " + UUID.randomUUID(), draft -> {});
        as("alice");

        // each of these is at or just under its byte ceiling, well within its limit in characters
        String note = "<b>Called</b> the school & {{head}}: " + family.repeat(2558);
        String reason = family.repeat(1280);
        String agencyReference = family.repeat(64);
        moderation.addNote(reference, note);
        CaseFile sent = moderation.sendMessage(reference, "Is x<y? Did he say <script>?");
        CaseFile raised = moderation.overridePriority(reference, sent.report().version(), 2, reason);
        moderation.refer(reference, raised.report().version(), "leicestershire-police", agencyReference);
        Referral prepared = referrals.awaitingApproval(reference).orElseThrow();
        as("bob");
        referrals.approve(reference, prepared.id(), raised.report().version());
        CaseFile referred = moderation.open(reference).orElseThrow();

        ReportCase after = referred.report();
        assertThat(after.notes()).extracting(ReportCase.Note::body).containsExactly(note);
        assertThat(after.messages())
                .extracting(ReportCase.Message::body)
                .containsExactly("Is x<y? Did he say <script>?");
        assertThat(after.priorityOverrideReason()).isEqualTo(reason);
        assertThat(after.statusChanges().getLast().agencyReference()).isEqualTo(agencyReference);
        assertThat(referred.audit())
                .extracting(AuditEntry::action, AuditEntry::after)
                .contains(org.assertj.core.groups.Tuple.tuple("note-added", "2595 characters"));

        // one character to a person, past the byte ceiling of a note
        assertThatThrownBy(() -> moderation.addNote(reference, "x" + "\u0301".repeat(32000)))
                .isInstanceOf(WorkflowException.class)
                .satisfies(refused ->
                        assertThat(((WorkflowException) refused).messageKey()).contains("report.error.tooBig"));
    }

    @Test
    void what_the_reporter_sees_follows_the_case_and_never_says_why_it_was_closed() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        SubmittedReport submitted = reports.submit(draft, UUID.randomUUID().toString());
        String reference = submitted.reference().value();
        awaitInQueue(reference);
        as("alice");

        CaseFile claimed = moderation.claim(
                reference, moderation.open(reference).orElseThrow().report().version());
        awaitPublicStatus(submitted, PublicStatus.BEING_LOOKED_AT);
        moderation.spam(reference, claimed.report().version());
        awaitPublicStatus(submitted, PublicStatus.CLOSED);
    }

    /** Reporting takes the status from moderation's event, once the decision has committed. */
    @Test
    void a_journey_is_found_under_the_area_of_either_end() {
        String words = "journey " + UUID.randomUUID();
        String journey = submit(words, draft -> {
            draft.setJourney(true);
            draft.setTown("leicester");
            draft.setJourneyTo("loughborough");
        });
        String stayed = submit(words, draft -> draft.setTown("oakham"));
        as("alice");

        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), "charnwood", null, null, null, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(journey);
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), "leicester", null, null, null, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(journey);
        assertThat(moderation.queue(new QueueFilter(Set.of(), Set.of(), "rutland", null, null, null, words), 0, 50))
                .extracting(QueueRow::reference)
                .containsExactly(stayed);
        assertThat(moderation.count(new QueueFilter(Set.of(), Set.of(), "charnwood", null, null, null, words)))
                .isEqualTo(1);
    }

    private void awaitPublicStatus(SubmittedReport submitted, PublicStatus status) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> reports.open(
                                        submitted.reference().value(),
                                        submitted.key().value(),
                                        UUID.randomUUID().toString())
                                .orElseThrow()
                                .status()
                        == status);
    }

    private String submit(String words, java.util.function.Consumer<ReportDraft> change) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(words);
        draft.setAgeBand(AgeBand.NOT_SURE);
        change.accept(draft);
        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();
        awaitInQueue(reference);
        return reference;
    }

    /** Triaged, and the outcome taken into the case: the queue sorts it by its priority. */
    private void awaitInQueue(String reference) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workflow.find(reference)
                        .map(c -> c.triagePriority() != null)
                        .orElse(false));
    }

    private void as(String moderator) {
        securityContexts
                .getContext()
                .setAuthentication(new TestingAuthenticationToken(moderator, null, "ROLE_MODERATOR"));
    }
}
