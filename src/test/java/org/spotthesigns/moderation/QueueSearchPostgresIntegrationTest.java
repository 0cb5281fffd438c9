package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's word search on PostgreSQL (its full-text search), and the index that serves it. */
@OnPostgres
class QueueSearchPostgresIntegrationTest extends QueueSearchContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_word_search_goes_through_the_full_text_index() {
        // on one connection: a setting made on one pooled connection says nothing of another's plan
        String plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rows = statement.executeQuery(
                        "explain select id from report_case where queue_words_match(search_text, 'silver car')")) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("reset enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).contains("case_search_words");
    }
}
