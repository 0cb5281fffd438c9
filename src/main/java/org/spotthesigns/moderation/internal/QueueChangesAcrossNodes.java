package org.spotthesigns.moderation.internal;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGProperty;
import org.postgresql.jdbc.PgConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.ReportReference;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.integration.jdbc.channel.PgConnectionSupplier;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries each change of a case to the queues and case pages open on the other nodes, through
 * the PostgreSQL all nodes share (decision record 0016), with Spring Integration's
 * {@link PostgresSubscribableChannel}: every node reads its own group of the channel message
 * table, woken by NOTIFY from the table's trigger, and a change is written once into the group
 * of each other node listed in {@code push_node}, in the transaction that changed the case. So
 * other nodes hear of a change only once it has committed, and a node never hears its own (its
 * queues are told in memory by {@link QueueBroadcaster}). A message holds the report's reference
 * and whether it has just become a P1, nothing else.
 */
@Component
@ConditionalOnProperty(name = "spotthesigns.push.across-nodes", havingValue = "true")
class QueueChangesAcrossNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueChangesAcrossNodes.class);

    /** The region of the channel message table that holds queue changes. */
    static final String REGION = "queue-changes";

    private static final String URGENT = "urgent";
    /** A node that has not said it is running for this long is taken as gone: no more changes for it. */
    static final Duration NODE_GONE_AFTER = Duration.ofSeconds(30);
    /** How long a change waits for a node that is not reading (its LISTEN connection is being renewed). */
    static final Duration CHANGE_KEPT_FOR = Duration.ofMinutes(5);
    /**
     * How long the LISTEN connection waits for a notification before it checks that the
     * connection still answers (and opens a new one when it does not).
     */
    static final Duration LISTEN_CHECK_AFTER = Duration.ofSeconds(15);

    private final String node = UUID.randomUUID().toString();
    private final QueueBroadcaster broadcaster;
    private final JdbcClient jdbc;
    private final JdbcChannelMessageStore store;
    private final PostgresChannelMessageTableSubscriber subscriber;
    private final PostgresSubscribableChannel channel;
    private final MessageHandler handler = this::received;
    private volatile boolean running;
    private volatile boolean listed = true;

    QueueChangesAcrossNodes(
            QueueBroadcaster broadcaster,
            BeanFactory beans,
            DataSource dataSource,
            JdbcClient jdbc,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password) {
        this.broadcaster = broadcaster;
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1);
        store = new JdbcChannelMessageStore();
        store.setJdbcTemplate(template);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // Java serialisation of exactly what a queue change is made of, and nothing else
        store.addAllowedPatterns(
                "org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders",
                "java.util.HashMap",
                "java.util.UUID",
                "java.lang.Long",
                "java.lang.Number",
                "java.lang.Boolean",
                "java.lang.String");
        store.afterPropertiesSet();
        subscriber = new PostgresChannelMessageTableSubscriber(new ListenConnections(url, username, password));
        subscriber.setNotificationTimeout(LISTEN_CHECK_AFTER);
        subscriber.setTaskExecutor(new SimpleAsyncTaskExecutor("queue-changes-listen-"));
        channel = new PostgresSubscribableChannel(store, group(node), subscriber);
        channel.setBeanName("queueChangesFromOtherNodes");
        channel.setBeanFactory(beans);
        channel.setDispatcherExecutor(new SimpleAsyncTaskExecutor("queue-changes-"));
        channel.afterPropertiesSet();
    }

    /** This node's id: the group of the channel message table it reads. */
    String node() {
        return node;
    }

    /**
     * Written in the transaction that changed the case, so that it reaches other nodes exactly
     * when the change commits (PostgreSQL sends NOTIFY at commit) and never for a change rolled back.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void toOtherNodes(QueueBroadcaster.Change change) {
        List<String> others = jdbc.sql("select node_id from push_node where node_id <> :node "
                        + "and seen_at > current_timestamp - :seconds * interval '1 second'")
                .param("node", node)
                .param("seconds", NODE_GONE_AFTER.toSeconds())
                .query(String.class)
                .list();
        Message<String> message = message(change);
        others.forEach(other -> store.addMessageToGroup(group(other), message));
    }

    /** What crosses to the other nodes: the reference, and whether the report has just become a P1. */
    static Message<String> message(QueueBroadcaster.Change change) {
        return MessageBuilder.withPayload(change.reference())
                .setHeader(URGENT, change.urgent())
                .build();
    }

    private void received(Message<?> message) {
        if (message.getPayload() instanceof String reference
                && ReportReference.parse(reference)
                        .filter(parsed -> parsed.value().equals(reference))
                        .isPresent()) {
            broadcaster.tell(new QueueBroadcaster.Change(
                    reference, Boolean.TRUE.equals(message.getHeaders().get(URGENT))));
        }
    }

    private static String group(String node) {
        return "queue-changes-" + node;
    }

    /**
     * Says every 10 seconds that this node is running (listing it again after the database was
     * out of reach), and clears what no node will read: changes kept past their time for a node
     * that stopped without saying so, and nodes gone quiet. Every node does it; the deletes agree.
     */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    void keepListed() {
        if (!running) {
            return;
        }
        try {
            list();
            clearOld();
            if (!listed) {
                log.info("Listed again for queue changes from other nodes");
            }
            listed = true;
        } catch (DataAccessException e) {
            if (listed) {
                log.warn("Cannot list this node for queue changes from other nodes: {}", e.getMessage());
            }
            listed = false;
        }
    }

    private void list() {
        jdbc.sql("insert into push_node (node_id, seen_at) values (:node, current_timestamp) "
                        + "on conflict (node_id) do update set seen_at = excluded.seen_at")
                .param("node", node)
                .update();
    }

    /** Deletes changes past their time and nodes long quiet; returns how many changes went. */
    int clearOld() {
        int changes = jdbc.sql("delete from int_channel_message where region = :region and created_date < :before")
                .param("region", REGION)
                .param("before", System.currentTimeMillis() - CHANGE_KEPT_FOR.toMillis())
                .update();
        jdbc.sql("delete from push_node where seen_at < current_timestamp - :seconds * interval '1 second'")
                .param("seconds", CHANGE_KEPT_FOR.toSeconds())
                .update();
        return changes;
    }

    @Override
    public void start() {
        list();
        subscriber.start();
        channel.subscribe(handler);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        channel.unsubscribe(handler);
        subscriber.stop();
        try {
            jdbc.sql("delete from push_node where node_id = :node")
                    .param("node", node)
                    .update();
            store.removeMessageGroup(group(node));
        } catch (DataAccessException e) {
            log.warn("Could not take this node off the list for queue changes: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * The LISTEN connection: its own, never from the pool (it stays open), and named so that an
     * operator can find it in {@code pg_stat_activity}. When it drops, Spring Integration's
     * subscriber asks for a new one at once and again on each failure, without a pause: here
     * each attempt within a minute of the last waits longer (half a second, doubling to 30
     * seconds), so a database out of reach is not asked in a tight loop.
     */
    static final class ListenConnections implements PgConnectionSupplier {

        static final String APPLICATION_NAME = "spot-the-signs queue changes";
        private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
        private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
        private static final Duration SETTLED = Duration.ofMinutes(1);

        private final String url;
        private final Properties properties = new Properties();
        private Duration pause = Duration.ZERO;
        private long lastAttempt;
        private boolean attempted;

        ListenConnections(String url, String username, @Nullable String password) {
            this.url = url;
            PGProperty.USER.set(properties, username);
            if (password != null && !password.isEmpty()) {
                PGProperty.PASSWORD.set(properties, password);
            }
            PGProperty.APPLICATION_NAME.set(properties, APPLICATION_NAME);
            PGProperty.CONNECT_TIMEOUT.set(properties, 5);
            PGProperty.LOGIN_TIMEOUT.set(properties, 5);
            PGProperty.TCP_KEEP_ALIVE.set(properties, true);
        }

        @Override
        public PgConnection get() throws SQLException {
            long now = System.nanoTime();
            if (attempted && now - lastAttempt < SETTLED.toNanos()) {
                pause = pause.isZero() ? FIRST_PAUSE : min(pause.multipliedBy(2), LONGEST_PAUSE);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Stopped while waiting to listen again", e);
                }
            } else {
                pause = Duration.ZERO;
            }
            attempted = true;
            lastAttempt = System.nanoTime();
            return DriverManager.getConnection(url, properties).unwrap(PgConnection.class);
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
