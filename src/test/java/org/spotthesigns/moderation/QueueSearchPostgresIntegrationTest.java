package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        jdbc.execute("set enable_seqscan = off");
        try {
            List<String> plan = jdbc.queryForList(
                    "explain select id from report_case where queue_words_match(search_text, 'silver car')",
                    String.class);
            assertThat(String.join("\n", plan)).contains("case_search_words");
        } finally {
            jdbc.execute("set enable_seqscan = on");
        }
    }
}
