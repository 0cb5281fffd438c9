package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What carries a changed case from the node that changed it to the queues open on the others
 * (decision record 0016): on PostgreSQL, Spring Integration's channel message table with the
 * trigger that announces each new row by NOTIFY, and the list of nodes listening. H2 is the
 * single-node database, where a change never leaves the node's memory: nothing is created there.
 */
public class V21__Queue_changes_across_nodes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equals(database)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            // Spring Integration's JdbcChannelMessageStore table for PostgreSQL (its schema-postgresql.sql)
            statement.execute("create sequence int_message_seq start with 1 increment by 1 no cycle");
            statement.execute("""
                    create table int_channel_message (
                        message_id char(36) not null,
                        group_key char(36) not null,
                        created_date bigint not null,
                        message_priority bigint,
                        message_sequence bigint not null default nextval('int_message_seq'),
                        message_content bytea,
                        region varchar(100) not null,
                        constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
                    )""");
            statement.execute(
                    "create index int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id)");
            // what PostgresChannelMessageTableSubscriber listens for: each new row names its region and group
            statement.execute("""
                    create function int_channel_message_notify_fct() returns trigger as $body$
                    begin
                        perform pg_notify('int_channel_message_notify', new.region || ' ' || new.group_key);
                        return new;
                    end;
                    $body$ language plpgsql""");
            statement.execute("""
                    create trigger int_channel_message_notify_trg
                    after insert on int_channel_message
                    for each row execute procedure int_channel_message_notify_fct()""");
            // each running node, so that a change is written once for each of the others
            statement.execute("""
                    create table push_node (
                        node_id char(36) primary key,
                        seen_at timestamp with time zone not null
                    )""");
        }
    }
}
