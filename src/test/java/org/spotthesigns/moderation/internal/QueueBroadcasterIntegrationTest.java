package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Open queues hear of a case once it has changed: triaged (a P1 urgently) and replied to. */
@SpringBootTest
@ActiveProfiles("test")
class QueueBroadcasterIntegrationTest {

    @Autowired
    QueueBroadcaster broadcaster;

    @Autowired
    ReportService reports;

    @Test
    void a_queue_hears_of_a_new_p1_once_its_case_has_the_outcome_and_of_a_reply() {
        List<QueueBroadcaster.Change> heard = new CopyOnWriteArrayList<>();
        Runnable stop = broadcaster.register(heard::add);
        try {
            ReportDraft draft = ReportDrafts.complete(Instant.now());
            draft.setDangerNow(Answer.YES);
            draft.setAgeBand(ReportDraft.AgeBand.UNDER_13);
            draft.setNoticed("=HYPERLINK(\"http://x\") seen " + UUID.randomUUID()
                    + " <img src=x onerror=window.xssRan=1> &#60;b&#62;");
            draft.setLocation("<svg onload=window.xssRan=1> by the bank " + "W".repeat(450));
            draft.setDetails(List.of(
                    new ReportDraft.Detail(ReportDraft.DetailKind.NICKNAME, "<script>window.xssRan=1</script>")));
            draft.setContactName("@SUM(1+1) <b>Sam</b>");
            SubmittedReport submitted = reports.submit(draft, UUID.randomUUID().toString());
            String reference = submitted.reference().value();

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> heard.contains(new QueueBroadcaster.Change(reference, true)));

            reports.reply(
                    reference,
                    submitted.key().value(),
                    "He is still there.",
                    UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> heard.stream()
                                    .filter(c -> c.reference().equals(reference) && !c.urgent())
                                    .count()
                            >= 1);
            assertThat(heard).extracting(QueueBroadcaster.Change::reference).contains(reference);
        } finally {
            stop.run();
        }
    }
}
