package org.spotthesigns.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A report submitted through the reporting service is triaged and stored with its reasons and deadline. */
@SpringBootTest
@ActiveProfiles("test")
class TriageServiceIntegrationTest {

    @Autowired
    ReportService reports;

    @Autowired
    TriageService triage;

    @Test
    void a_submitted_report_is_stored_with_its_priority_reasons_and_deadline() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setAgeBand(AgeBand.UNDER_13);
        draft.setNoticed("An older man gave him a knife to carry.");

        SubmittedReport submitted = reports.submit(draft, UUID.randomUUID().toString());

        TriagedReport triaged = await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(submitted.reference().value()).orElse(null), result -> result != null);
        assertThat(triaged.outcome().reasons())
                .extracting(TriageOutcome.Reason::toString)
                .contains(
                        "Under 13: +30",
                        "Weapon mentioned: +25",
                        "Has happened before: +5",
                        "Vehicle registration given: +10",
                        "Phone number given: +10",
                        "Nickname given: +5",
                        "Sign seen: carrying two phones: +5");
        assertThat(triaged.outcome().priority()).isEqualTo(Priority.P1);
        assertThat(triaged.outcome().ruleSetVersion())
                .isEqualTo(triage.current(submitted.reference().value())
                        .orElseThrow()
                        .outcome()
                        .ruleSetVersion());
        assertThat(triaged.deadline())
                .isAfter(triaged.triagedAt().minus(Duration.ofHours(2)))
                .isBeforeOrEqualTo(triaged.triagedAt().plus(Duration.ofHours(1)));
    }

    @Test
    void triaging_again_keeps_the_history_of_outcomes() {
        SubmittedReport submitted = reports.submit(
                ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString());
        String reference = submitted.reference().value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(reference).isPresent());

        triage.triage(reference);

        assertThat(triage.history(reference)).hasSize(2);
        assertThat(triage.current(reference)).contains(triage.history(reference).get(0));
    }

    @Test
    void the_same_words_sent_again_go_to_the_suspected_spam_lane_and_stay_visible() {
        String words = "Repeated words " + UUID.randomUUID();
        ReportDraft first = ReportDrafts.complete(Instant.now());
        first.setNoticed(words);
        ReportDraft second = ReportDrafts.complete(Instant.now());
        second.setNoticed(words.toUpperCase() + "!!");

        String one =
                reports.submit(first, UUID.randomUUID().toString()).reference().value();
        String two =
                reports.submit(second, UUID.randomUUID().toString()).reference().value();

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        triage.current(one).isPresent() && triage.current(two).isPresent());
        assertThat(triage.current(one).orElseThrow().outcome().suspectedSpam()).isFalse();
        assertThat(triage.current(two).orElseThrow().outcome().spamReasons())
                .containsExactly("The same words were sent again and again");
    }

    @Test
    void a_filled_hidden_field_is_recorded_as_a_reason_not_a_reason_to_drop() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setWebsite("http://spam.example");

        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();

        TriagedReport triaged = await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(reference).orElse(null), result -> result != null);
        assertThat(triaged.outcome().spamReasons()).contains("A hidden field that people never see was filled in");
    }

    @Test
    void after_a_rule_change_every_open_report_is_scored_again_and_keeps_its_history() {
        String reference = reports.submit(
                        ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString())
                .reference()
                .value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(reference).isPresent());

        int rescored = triage.retriageOpenReports();

        assertThat(rescored).isGreaterThanOrEqualTo(1);
        assertThat(triage.history(reference)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void an_unknown_report_is_not_triaged() {
        assertThat(triage.triage("ZZZ-ZZZ-ZZZ")).isEmpty();
    }
}
