package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.testing.PostgresReachable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V17 moves the case out of the report: every stored report's status, claim, priority, notes,
 * history and search words become its case's, and the report keeps the status its reporter is
 * shown. V20 gives each case what the queue flags (danger now, under 13, linked) and the export
 * lists (the signs). The same migrations on H2 and on PostgreSQL.
 */
class CaseMigrationTest {

    @Test
    void existing_reports_keep_their_casework_on_h2() {
        moveAndCheck("jdbc:h2:mem:case-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    @Test
    @ExtendWith(PostgresReachable.class)
    void existing_reports_keep_their_casework_on_postgresql() throws SQLException {
        String schema = "case_migration_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(PostgresReachable.URL, PostgresReachable.USER, "")) {
            connection.createStatement().execute("create schema " + schema);
        }
        try {
            moveAndCheck(
                    PostgresReachable.URL + (PostgresReachable.URL.contains("?") ? "&" : "?") + "currentSchema="
                            + schema,
                    PostgresReachable.USER,
                    schema);
        } finally {
            try (Connection connection =
                    DriverManager.getConnection(PostgresReachable.URL, PostgresReachable.USER, "")) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void moveAndCheck(String url, String user, String schema) {
        SingleConnectionDataSource database = new SingleConnectionDataSource(url, user, "", true);
        try {
            var flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
            if (schema != null) {
                flyway.defaultSchema(schema);
            }
            flyway.target("16").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(database);
            storeTheOldWay(jdbc);

            flyway.target("latest").load().migrate();

            var moved = jdbc.queryForMap("select * from report_case where reference = 'ABCD-EFGH-J'");
            assertThat(value(moved, "status")).isEqualTo("IN_REVIEW");
            assertThat(((Number) value(moved, "priority")).intValue()).isEqualTo(1);
            assertThat(((Number) value(moved, "triage_priority")).intValue()).isEqualTo(3);
            assertThat(value(moved, "assigned_to")).isEqualTo("alice");
            assertThat(value(moved, "priority_override_reason")).isEqualTo("Missing tonight");
            assertThat(value(moved, "reporter_replied")).isEqualTo(true);
            assertThat(value(moved, "noticed")).isEqualTo("A boy with two phones");
            assertThat(jdbc.queryForList(
                            "select s.status from case_status_change s join report_case c on c.id = s.case_id "
                                    + "where c.reference = 'ABCD-EFGH-J' order by s.changed_at",
                            String.class))
                    .containsExactly("NEW", "IN_REVIEW");
            assertThat(jdbc.queryForList(
                            "select n.body from case_note n join report_case c on c.id = n.case_id "
                                    + "where c.reference = 'ABCD-EFGH-J'",
                            String.class))
                    .containsExactly("Called the school");
            assertThat(jdbc.queryForList(
                            "select w.word from case_word w join report_case c on c.id = w.case_id "
                                    + "where c.reference = 'ABCD-EFGH-J' order by w.word",
                            String.class))
                    .containsExactly("boy", "phones");
            assertThat(jdbc.queryForObject(
                            "select public_status from report where reference = 'ABCD-EFGH-J'", String.class))
                    .isEqualTo("BEING_LOOKED_AT");
            assertThat(jdbc.queryForObject(
                            "select public_status from report where reference = 'KLMN-PQRS-T'", String.class))
                    .isEqualTo("CLOSED");
            assertThat(jdbc.queryForObject("select count(*) from report_message", Long.class))
                    .isEqualTo(1);

            // V20: what the queue flags and the export lists, from each case's report and links
            assertThat(value(moved, "danger_now")).isEqualTo(true);
            assertThat(value(moved, "age_band")).isEqualTo("UNDER_13");
            assertThat(value(moved, "signs")).isEqualTo("gifts older-friends");
            assertThat(value(moved, "linked")).isEqualTo(true);
            var other = jdbc.queryForMap("select * from report_case where reference = 'KLMN-PQRS-T'");
            assertThat(value(other, "danger_now")).isEqualTo(false);
            assertThat(value(other, "age_band")).isEqualTo("AGE_13_TO_17");
            assertThat(value(other, "signs")).isEqualTo("");
            assertThat(value(other, "linked")).isEqualTo(true);
        } finally {
            database.destroy();
        }
    }

    /** Column names come back upper case from H2 and lower case from PostgreSQL. */
    private static Object value(java.util.Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
    }

    private static void storeTheOldWay(JdbcTemplate jdbc) {
        String report = """
                insert into report (id, reference, follow_up_key_hash, submitted_at, content_release, danger_now, concern_for,
                    age_band, noticed, place_kind, area, location, seen_on, still_happening, happened_before, contact_me, status,
                    honeypot_filled, seconds_to_complete, link_count, version, priority, triage_priority, deadline,
                    suspected_spam, assigned_to, priority_override_reason, reporter_replied, updated_at)
                values (?, ?, 'hash', timestamp '2026-11-01 10:00:00', 'release', 'NO', 'CHILD', 'AGE_13_TO_17', ?,
                    'banks', 'leicester', '', date '2026-11-01', 'NO', 'NO', false, ?, false, 60, 0, 3, ?, 3,
                    timestamp '2026-11-02 10:00:00', false, ?, ?, ?, timestamp '2026-11-01 11:00:00')""";
        jdbc.update(
                report, 1, "ABCD-EFGH-J", "A boy with two phones", "IN_REVIEW", 1, "alice", "Missing tonight", true);
        jdbc.update(report, 2, "KLMN-PQRS-T", "Same again", "SPAM", 3, null, null, false);
        jdbc.update(
                "insert into report_status_change (report_id, status, changed_at, changed_by) values "
                        + "(1, 'NEW', timestamp '2026-11-01 10:00:00', null), (1, 'IN_REVIEW', timestamp '2026-11-01 11:00:00', 'alice'), "
                        + "(2, 'NEW', timestamp '2026-11-01 10:00:00', null), (2, 'SPAM', timestamp '2026-11-01 10:30:00', 'bob')");
        jdbc.update("insert into report_note (report_id, author, body, written_at) values "
                + "(1, 'alice', 'Called the school', timestamp '2026-11-01 11:00:00')");
        jdbc.update("update report set danger_now = 'YES', age_band = 'UNDER_13' where id = 1");
        jdbc.update("insert into report_sign (report_id, sign_id) values (1, 'older-friends'), (1, 'gifts')");
        jdbc.update("insert into report_link (report_reference, linked_reference, linked_by) values "
                + "('KLMN-PQRS-T', 'ABCD-EFGH-J', 'PHONE_NUMBER')");
        jdbc.update("insert into report_word (report_id, word) values (1, 'boy'), (1, 'phones'), (2, 'same')");
        jdbc.update("insert into report_message (report_id, author, moderator, body, sent_at) values "
                + "(1, 'REPORTER', null, 'He was there again', timestamp '2026-11-01 12:00:00')");
    }
}
