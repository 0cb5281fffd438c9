package org.spotthesigns.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotthesigns.Application;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The crash case: a report was committed but the portal died before triage finished. At the next
 * start the stored event is delivered again and the report is triaged; none is left untriaged.
 */
class TriageAfterCrashTest {

    @Test
    void a_report_saved_while_triage_could_not_finish_is_triaged_after_a_restart() {
        String database = "jdbc:h2:file:./target/h2/crash-" + UUID.randomUUID();
        String reference;
        try (ConfigurableApplicationContext before = start(database)) {
            reference = before.getBean(ReportService.class)
                    .submit(
                            ReportDrafts.complete(Instant.now()),
                            UUID.randomUUID().toString())
                    .reference()
                    .value();
            TriageService triage = before.getBean(TriageService.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> triage.current(reference).isPresent());
            // what a crash between the commit and the end of triage leaves behind
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            jdbc.update("delete from triage_outcome where report_reference = ?", reference);
            jdbc.update(
                    "update event_publication set completion_date = null, status = 'PROCESSING' "
                            + "where listener_id = 'triage.report-submitted' and serialized_event like ?",
                    "%" + reference + "%");
            assertThat(triage.current(reference)).isEmpty();
        }

        try (ConfigurableApplicationContext after = start(database)) {
            TriageService triage = after.getBean(TriageService.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> triage.current(reference).isPresent());
            assertThat(triage.history(reference)).hasSize(1);
        }
    }

    @Test
    void a_triage_that_failed_is_tried_again_without_a_restart() {
        String database = "jdbc:h2:file:./target/h2/retry-" + UUID.randomUUID();
        try (ConfigurableApplicationContext portal =
                start(database, "--spotthesigns.triage.retry-every=PT1S", "--spotthesigns.triage.retry-after=PT1S")) {
            String reference = portal.getBean(ReportService.class)
                    .submit(
                            ReportDrafts.complete(Instant.now()),
                            UUID.randomUUID().toString())
                    .reference()
                    .value();
            TriageService triage = portal.getBean(TriageService.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> triage.current(reference).isPresent());
            // what a triage that threw (the database briefly away) leaves behind
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            jdbc.update("delete from triage_outcome where report_reference = ?", reference);
            jdbc.update(
                    "update event_publication set completion_date = null, status = 'FAILED' "
                            + "where listener_id = 'triage.report-submitted' and serialized_event like ?",
                    "%" + reference + "%");

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> triage.current(reference).isPresent());
            assertThat(triage.history(reference)).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(String database, String... settings) {
        String[] arguments = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--spring.datasource.url=" + database, "--server.port=0"),
                        java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments);
    }
}
