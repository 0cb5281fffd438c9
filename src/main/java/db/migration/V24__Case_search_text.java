package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A case keeps its search words in one column as well. On PostgreSQL a word search then goes
 * through the database's own full-text search (a GIN index over the words), which finds the reports
 * holding every word of a search without reading each word's list of reports (the word table);
 * H2, for a single node, keeps the word table.
 */
public class V24__Case_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres =
                "PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement sql = context.getConnection().createStatement()) {
            // at most 200 words of at most 40 letters each, a space between them
            sql.execute("alter table report_case add column search_text varchar(8200)");
            if (postgres) {
                sql.execute("update report_case c set search_text = "
                        + "(select string_agg(w.word, ' ') from case_word w where w.case_id = c.id)");
                // the queue's search, as one function the planner inlines, so the index below serves it;
                // the words are already lower case without accents (SearchWords), so 'simple' keeps them as they are
                sql.execute("""
                        create function queue_words_match(words text, search text) returns boolean
                        language sql immutable parallel safe
                        as 'select to_tsvector(''simple''::regconfig, coalesce(words, '''')) \
                        @@ plainto_tsquery(''simple''::regconfig, search)'""");
                sql.execute("create index case_search_words on report_case "
                        + "using gin (to_tsvector('simple'::regconfig, coalesce(search_text::text, '')))");
            } else {
                sql.execute("update report_case c set search_text = (select listagg(w.word, ' ') "
                        + "within group (order by w.word) from case_word w where w.case_id = c.id)");
            }
        }
    }
}
