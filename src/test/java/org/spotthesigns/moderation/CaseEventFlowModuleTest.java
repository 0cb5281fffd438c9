package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.ReportSubmitted;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Moderation with the features it depends on, and the events between them: a report received
 * (reporting) is triaged (triage), and its case takes the outcome into the queue (moderation).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class CaseEventFlowModuleTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportQueue queue;

    @Autowired
    TriageService triage;

    @Test
    void a_report_in_danger_now_is_triaged_p1_and_its_case_leads_the_queue(Scenario scenario) {
        String words = "event flow " + UUID.randomUUID();
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(words);
        draft.setDangerNow(Answer.YES);

        // triage publishes its outcome from its own listener's thread, which a scenario does not
        // capture: the outcome is seen where it lands, in the case at the head of the queue
        QueueFilter mine = new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, words);
        scenario.stimulate(() -> reports.submit(draft, UUID.randomUUID().toString())
                        .reference()
                        .value())
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> queue.page(mine, 0, 5).stream()
                        .filter(row -> row.priority() != null)
                        .findFirst())
                .andVerify((row, reference) -> {
                    assertThat(row).map(QueueRow::reference).contains(reference);
                    assertThat(row).map(QueueRow::priority).contains(1);
                    assertThat(row).map(QueueRow::status).contains(ReportStatus.NEW);
                    assertThat(row).map(QueueRow::deadline).isPresent();
                    assertThat(triage.current(reference))
                            .map(t -> t.outcome().priority())
                            .contains(Priority.P1);
                });
    }

    @Test
    void a_report_received_opens_its_case_from_the_event(Scenario scenario) {
        AtomicReference<String> stored = new AtomicReference<>();
        String words = "opened by event " + UUID.randomUUID();
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(words);

        scenario.stimulate(() -> {
                    String reference = reports.submit(draft, UUID.randomUUID().toString())
                            .reference()
                            .value();
                    stored.set(reference);
                    return reference;
                })
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> Optional.ofNullable(stored.get())
                        .flatMap(reference ->
                                queue
                                        .page(
                                                new QueueFilter(Set.of(), Set.of(), null, null, null, null, reference),
                                                0,
                                                1)
                                        .stream()
                                        .findFirst()))
                .andVerify((row, reference) -> {
                    assertThat(row).map(QueueRow::reference).contains(reference);
                    assertThat(row).map(QueueRow::noticed).contains(words);
                });
        scenario.publish(new ReportSubmitted(stored.get()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(
                        () -> queue.count(new QueueFilter(Set.of(), Set.of(), null, null, null, null, words)),
                        count -> count > 0)
                .andVerify(count ->
                        assertThat(count).as("received twice, still one case").isEqualTo(1));
    }
}
