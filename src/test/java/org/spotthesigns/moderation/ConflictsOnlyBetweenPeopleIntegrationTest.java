package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the portal changes on its own (a reporter's reply, a re-score when a linked report
 * arrives) never refuses the change of a moderator who opened the case before it. Only another
 * moderator's decision does (ModerationServiceIntegrationTest shows that one).
 */
@SpringBootTest
@ActiveProfiles("test")
class ConflictsOnlyBetweenPeopleIntegrationTest {

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    ModerationService moderation;

    @Autowired
    ReportService reports;

    @Autowired
    TriageService triage;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void a_reporters_reply_after_the_moderator_opened_the_case_never_refuses_their_change() {
        SubmittedReport submitted = reports.submit(
                ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString());
        String reference = submitted.reference().value();
        as("alice");
        awaitTriaged(reference);
        long seen = moderation.open(reference).orElseThrow().report().version();

        reports.reply(
                reference,
                submitted.key().value(),
                "He was there again this morning.",
                UUID.randomUUID().toString());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> moderation.open(reference).orElseThrow().report().reporterReplied());

        CaseFile claimed = moderation.claim(reference, seen);

        assertThat(claimed.report().assignedTo()).isEqualTo("alice");
        assertThat(claimed.report().status().name()).isEqualTo("IN_REVIEW");
        assertThat(claimed.report().messages())
                .extracting(m -> m.body())
                .containsExactly("He was there again this morning.");
    }

    @Test
    void a_re_score_by_a_new_linked_report_after_the_moderator_opened_the_case_never_refuses_their_change() {
        String number = "07" + ReportDrafts.digits(3) + " " + ReportDrafts.digits(6);
        String first = submit(number);
        as("alice");
        Integer before = awaitTriaged(first);
        long seen = moderation.open(first).orElseThrow().report().version();

        // a second report with the same phone number links to the first and raises it
        submit(number);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !before.equals(
                        moderation.open(first).orElseThrow().report().triagePriority()));
        assertThat(triage.history(first)).hasSize(2);

        CaseFile closed = moderation.noFurtherAction(first, seen, "Known to the school");

        assertThat(closed.report().status().name()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(closed.report().triagePriority()).isLessThan(before);
    }

    /** Vague signs and a phone number: P3 alone, raised to P2 by one linked report. */
    private String submit(String phoneNumber) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setHappenedBefore(Answer.NO);
        draft.setStillHappening(Answer.NO);
        draft.setDetails(List.of(new Detail(DetailKind.PHONE_NUMBER, phoneNumber)));
        return reports.submit(draft, UUID.randomUUID().toString()).reference().value();
    }

    /** Triaged, and the outcome in the case: its triage priority. */
    private Integer awaitTriaged(String reference) {
        return await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> moderation
                                .open(reference)
                                .map(c -> c.report().triagePriority())
                                .orElse(null),
                        p -> p != null);
    }

    private void as(String moderator) {
        securityContexts
                .getContext()
                .setAuthentication(new TestingAuthenticationToken(moderator, null, "ROLE_MODERATOR"));
    }
}
