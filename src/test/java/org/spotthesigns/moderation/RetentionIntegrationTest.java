package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.internal.RetentionJob;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Closed reports past the retention period go with everything about them; open ones stay. The
 * job takes a database lock, so a second run in the same window (another node) does nothing.
 */
@SpringBootTest(properties = "spotthesigns.retention.closed-report-days=0")
@ActiveProfiles("test")
class RetentionIntegrationTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    TriageService triage;

    @Autowired
    RetentionJob retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_closed_report_is_deleted_with_its_triage_and_links_an_open_one_stays_and_a_second_run_waits_for_the_lock() {
        String closed = submit();
        String open = submit();
        workflow.noFurtherAction(closed, workflow.find(closed).orElseThrow().version(), "alice", "Known to the school");
        await().pollDelay(Duration.ofMillis(5)).atMost(Duration.ofSeconds(1)).until(() -> true);

        Integer deleted = retention.deleteClosedReports();
        Integer again = retention.deleteClosedReports();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(again).as("the second run, inside the first run's lock").isNull();
        assertThat(workflow.find(closed)).isEmpty();
        assertThat(triage.history(closed)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report_link_key where report_reference = ?", Long.class, closed)).isZero();
        assertThat(workflow.find(open)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'report-deleted-by-retention' "
                + "and report_reference = ?", Long.class, closed)).isEqualTo(1);
    }

    private String submit() {
        String reference = reports.submit(ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString()).reference().value();
        await().atMost(Duration.ofSeconds(10)).until(() -> triage.current(reference).isPresent());
        return reference;
    }
}
