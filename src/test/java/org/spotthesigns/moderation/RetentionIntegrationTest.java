package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.internal.RetentionJob;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportExpired;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.triage.TriageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
    void a_closed_report_is_deleted_with_every_features_rows_an_open_one_stays_and_a_second_run_waits_for_the_lock() {
        // both share a phone number, so triage links them
        String number = "07" + ReportDrafts.digits(3) + " " + ReportDrafts.digits(6);
        String closed = submit(number);
        String open = submit(number);
        await().atMost(Duration.ofSeconds(10)).until(() -> !triage.links(closed).isEmpty());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from report_case where reference = ? and linked", open) == 1);
        workflow.addNote(closed, "alice", "Called the school");
        workflow.sendMessage(closed, "alice", "Thank you for telling us.");
        workflow.noFurtherAction(closed, workflow.find(closed).orElseThrow().version(), "alice", "Known to the school");
        jdbc.update(
                "insert into case_referral (case_id, agency, agency_reference, shared, letter, sha256, prepared_by, "
                        + "prepared_at, version) select id, 'crimestoppers', 'CS-1', '', 'A letter', 'x', 'alice', current_timestamp, 0 "
                        + "from report_case where reference = ?",
                closed);
        freeTheLock();
        await().pollDelay(Duration.ofMillis(5)).atMost(Duration.ofSeconds(1)).until(() -> true);

        Integer deleted = retention.deleteClosedReports();
        Integer again = retention.deleteClosedReports();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(again).as("the second run, inside the first run's lock").isNull();
        assertThat(workflow.find(closed)).isEmpty();
        // reporting's rows: the report, its answers and its thread
        assertThat(count("select count(*) from report where reference = ?", closed))
                .isZero();
        assertThat(count(
                        "select count(*) from report_sign s join report r on r.id = s.report_id where r.reference = ?",
                        closed))
                .isZero();
        assertThat(count("select count(*) from report_sign where report_id not in (select id from report)"))
                .isZero();
        assertThat(count("select count(*) from report_detail where report_id not in (select id from report)"))
                .isZero();
        assertThat(count("select count(*) from report_message where report_id not in (select id from report)"))
                .isZero();
        // moderation's: the case with its notes, history and search words
        assertThat(count("select count(*) from report_case where reference = ?", closed))
                .isZero();
        assertThat(count("select count(*) from case_note where case_id not in (select id from report_case)"))
                .isZero();
        assertThat(count("select count(*) from case_status_change where case_id not in (select id from report_case)"))
                .isZero();
        assertThat(count("select count(*) from case_word where case_id not in (select id from report_case)"))
                .isZero();
        assertThat(count("select count(*) from case_referral where case_id not in (select id from report_case)"))
                .isZero();
        // triage's: outcomes, link keys and links both ways
        assertThat(triage.history(closed)).isEmpty();
        assertThat(count("select count(*) from triage_outcome where report_reference = ?", closed))
                .isZero();
        assertThat(count("select count(*) from report_link_key where report_reference = ?", closed))
                .isZero();
        assertThat(count(
                        "select count(*) from report_link where report_reference = ? or linked_reference = ?",
                        closed,
                        closed))
                .isZero();
        assertThat(workflow.find(open)).isPresent();
        assertThat(triage.history(open)).isNotEmpty();
        // its only link went with the closed report: the queue no longer flags it as linked
        assertThat(count("select count(*) from report_case where reference = ? and linked", open))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'report-deleted-by-retention' "
                                + "and report_reference = ?",
                        Long.class,
                        closed))
                .isEqualTo(1);
    }

    @Test
    void a_report_one_feature_fails_to_delete_is_kept_whole_and_the_others_still_go() {
        String kept = submit("07" + ReportDrafts.digits(3) + " " + ReportDrafts.digits(6));
        String gone = submit("07" + ReportDrafts.digits(3) + " " + ReportDrafts.digits(6));
        workflow.spam(kept, workflow.find(kept).orElseThrow().version(), "alice");
        workflow.spam(gone, workflow.find(gone).orElseThrow().version(), "alice");
        FailingFeature.REFUSED.add(kept);
        freeTheLock();
        await().pollDelay(Duration.ofMillis(5)).atMost(Duration.ofSeconds(1)).until(() -> true);

        try {
            assertThat(retention.deleteClosedReports()).isGreaterThanOrEqualTo(1);
        } finally {
            FailingFeature.REFUSED.remove(kept);
        }

        assertThat(workflow.find(gone)).isEmpty();
        // the features that deleted their rows before the failure were rolled back with it
        assertThat(workflow.find(kept)).isPresent();
        assertThat(count("select count(*) from report where reference = ?", kept))
                .isEqualTo(1);
        assertThat(count("select count(*) from report_case where reference = ?", kept))
                .isEqualTo(1);
        assertThat(triage.history(kept)).isNotEmpty();
        assertThat(count(
                        "select count(*) from audit_event where action = 'report-deleted-by-retention' "
                                + "and report_reference = ?",
                        kept))
                .isZero();
    }

    @Test
    void deciding_on_a_case_retention_deleted_after_it_was_opened_says_so_in_words_from_the_bundle() {
        String reference = submit("07" + ReportDrafts.digits(3) + " " + ReportDrafts.digits(6));
        long seen = workflow.find(reference).orElseThrow().version();
        workflow.spam(reference, seen, "alice");
        freeTheLock();
        await().pollDelay(Duration.ofMillis(5)).atMost(Duration.ofSeconds(1)).until(() -> true);
        retention.deleteClosedReports();
        assertThat(workflow.find(reference)).isEmpty();

        // a second moderator still has the page open, from before it closed, and decides on it
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> decisions = List.of(
                () -> workflow.reopen(reference, seen, "bob"),
                () -> workflow.noFurtherAction(reference, seen, "bob", "Known to the school"),
                () -> workflow.addNote(reference, "bob", "Called the school"),
                () -> workflow.sendMessage(reference, "bob", "Thank you for telling us."));
        java.util.ResourceBundle bundle =
                java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.UK);
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable decision : decisions) {
            org.assertj.core.api.Assertions.assertThatThrownBy(decision)
                    .isInstanceOfSatisfying(
                            WorkflowException.class,
                            refused -> assertThat(refused.messageKey().map(bundle::getString))
                                    .hasValueSatisfying(words -> assertThat(words)
                                            .contains(
                                                    "no longer here", "Nothing was saved", "What you typed is still")));
        }
    }

    /** Another run's lock (this class's other test, inside its minimum hold) would skip this run. */
    private void freeTheLock() {
        jdbc.update("update shedlock set lock_until = locked_at where name = 'retention'");
    }

    /** A feature whose deletion fails for the reports named here, after every real feature has deleted its rows. */
    @TestConfiguration
    static class FailingFeatureConfiguration {

        @Bean
        FailingFeature failingFeature() {
            return new FailingFeature();
        }
    }

    static class FailingFeature {

        static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        void on(ReportExpired expired) {
            if (REFUSED.contains(expired.reference())) {
                throw new IllegalStateException("This feature could not delete " + expired.reference());
            }
        }
    }

    private String submit(String phoneNumber) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setDetails(List.of(new Detail(DetailKind.PHONE_NUMBER, phoneNumber)));
        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();
        // triaged, and the outcome taken into the case
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workflow.find(reference)
                        .map(c -> c.triagePriority() != null)
                        .orElse(false));
        return reference;
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
