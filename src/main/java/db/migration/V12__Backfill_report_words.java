package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.spotthesigns.moderation.SearchWords;

/** Gives reports stored before the word index (V11) their words, so the queue's search finds them too. */
public class V12__Backfill_report_words extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement reports = context.getConnection().createStatement();
                ResultSet rows = reports.executeQuery("select id, noticed, location from report r "
                        + "where not exists (select 1 from report_word w where w.report_id = r.id)");
                PreparedStatement insert = context.getConnection()
                        .prepareStatement("insert into report_word (report_id, word) values (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String word : SearchWords.of(rows.getString(2), rows.getString(3))) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, word);
                    insert.addBatch();
                    pending++;
                }
                if (pending >= 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
