package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.Application;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.testing.PostgresReachable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;

/**
 * Two nodes of the portal in one JVM, on one PostgreSQL database (the {@code postgres} profile,
 * each with its own web server): a change of a case made on either node reaches the pages open on
 * the other within 2 seconds, once, and again after the connection the other listens on is cut.
 */
@ExtendWith(PostgresReachable.class)
class QueueChangesAcrossNodesPostgresIntegrationTest {

    private static final Duration CROSSING = Duration.ofSeconds(2);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        // two nodes in one machine: no management port, which both would want
                        "--management.server.port=-1",
                        "--spring.datasource.url=" + PostgresReachable.URL,
                        "--spring.datasource.username=" + PostgresReachable.USER,
                        "--spring.datasource.password=",
                        "--spotthesigns.contact-details.key=" + PostgresReachable.TEST_KEY,
                        "--spotthesigns.rate-limits.reports-per-hour=100000",
                        "--spotthesigns.rate-limits.client-key-secret=for the shared test database only",
                        "--spotthesigns.follow-up.key-hash-strength=4");
    }

    /** What one node's pages were told, and when. */
    record Heard(QueueBroadcaster.Change change, long at) {}

    private static Runnable listen(ConfigurableApplicationContext node, List<Heard> heard) {
        return node.getBean(QueueBroadcaster.class).register(change -> heard.add(new Heard(change, System.nanoTime())));
    }

    private static Heard awaitHeard(List<Heard> heard, QueueBroadcaster.Change change, Duration within) {
        await().atMost(within)
                .until(() -> heard.stream().anyMatch(h -> h.change().equals(change)));
        return heard.stream().filter(h -> h.change().equals(change)).findFirst().orElseThrow();
    }

    private static long times(List<Heard> heard, QueueBroadcaster.Change change) {
        return heard.stream().filter(h -> h.change().equals(change)).count();
    }

    private static SubmittedReport submitInDanger(ConfigurableApplicationContext node) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setDangerNow(Answer.YES);
        draft.setNoticed("Seen on the bus " + UUID.randomUUID());
        return node.getBean(ReportService.class).submit(draft, UUID.randomUUID().toString());
    }

    @Test
    void a_report_triaged_on_one_node_reaches_the_other_within_two_seconds_and_a_reply_comes_back_once_each() {
        List<Heard> onFirst = new CopyOnWriteArrayList<>();
        List<Heard> onSecond = new CopyOnWriteArrayList<>();
        Runnable stopFirst = listen(first, onFirst);
        Runnable stopSecond = listen(second, onSecond);
        try {
            SubmittedReport submitted = submitInDanger(first);
            String reference = submitted.reference().value();
            QueueBroadcaster.Change triaged = new QueueBroadcaster.Change(reference, true);

            Heard here = awaitHeard(onFirst, triaged, Duration.ofSeconds(10));
            Heard there = awaitHeard(onSecond, triaged, CROSSING.plusSeconds(1));
            Duration crossing = Duration.ofNanos(there.at() - here.at());
            System.out.println("A triaged report crossed to the other node in " + crossing.toMillis() + " ms");
            assertThat(crossing).isLessThan(CROSSING);

            // the reporter answers through the second node: its case changes there, and the first hears
            second.getBean(ReportService.class)
                    .reply(
                            reference,
                            submitted.key().value(),
                            "He is still there.",
                            UUID.randomUUID().toString());
            QueueBroadcaster.Change replied = new QueueBroadcaster.Change(reference, false);
            Heard repliedHere = awaitHeard(onSecond, replied, Duration.ofSeconds(10));
            Heard repliedThere = awaitHeard(onFirst, replied, CROSSING.plusSeconds(1));
            System.out.println("A reply crossed back in " + (repliedThere.at() - repliedHere.at()) / 1_000_000 + " ms");
            assertThat(Duration.ofNanos(repliedThere.at() - repliedHere.at())).isLessThan(CROSSING);

            // a node never hears its own change a second time from the database
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            assertThat(times(onFirst, triaged)).isEqualTo(1);
            assertThat(times(onSecond, triaged)).isEqualTo(1);
            assertThat(times(onFirst, replied)).isEqualTo(1);
            assertThat(times(onSecond, replied)).isEqualTo(1);
            // and a change read is a change gone: nothing is left for either node
            assertThat(jdbc().sql("select count(*) from int_channel_message where region = :region")
                            .param("region", QueueChangesAcrossNodes.REGION)
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            stopFirst.run();
            stopSecond.run();
        }
    }

    @Test
    void a_node_whose_listening_connection_is_cut_listens_again_and_still_hears_the_change() {
        List<Heard> onFirst = new CopyOnWriteArrayList<>();
        List<Heard> onSecond = new CopyOnWriteArrayList<>();
        Runnable stopFirst = listen(first, onFirst);
        Runnable stopSecond = listen(second, onSecond);
        try {
            int cut = jdbc().sql("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where application_name = :name and datname = current_database()")
                    .param("name", QueueChangesAcrossNodes.ListenConnections.APPLICATION_NAME)
                    .query(Integer.class)
                    .single();
            assertThat(cut).isGreaterThanOrEqualTo(2);

            SubmittedReport submitted = submitInDanger(first);
            QueueBroadcaster.Change triaged =
                    new QueueBroadcaster.Change(submitted.reference().value(), true);
            Heard here = awaitHeard(onFirst, triaged, Duration.ofSeconds(10));
            Heard there = awaitHeard(onSecond, triaged, Duration.ofSeconds(10));
            System.out.println("After the listening connections were cut, a change crossed in "
                    + (there.at() - here.at()) / 1_000_000 + " ms");
            assertThat(Duration.ofNanos(there.at() - here.at())).isLessThan(CROSSING);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> jdbc().sql("select count(*) from pg_stat_activity "
                                            + "where application_name = :name and datname = current_database()")
                                    .param("name", QueueChangesAcrossNodes.ListenConnections.APPLICATION_NAME)
                                    .query(Integer.class)
                                    .single()
                            >= 2);
        } finally {
            stopFirst.run();
            stopSecond.run();
        }
    }

    @Test
    void changes_no_node_reads_and_nodes_gone_quiet_are_cleared_and_a_change_carries_only_its_reference() {
        String gone = UUID.randomUUID().toString();
        String unread = UUID.randomUUID().toString();
        jdbc().sql("insert into push_node (node_id, seen_at) values (:node, current_timestamp - interval '1 hour')")
                .param("node", gone)
                .update();
        jdbc().sql("insert into int_channel_message (message_id, group_key, created_date, region) "
                        + "values (:id, :group, :created, :region)")
                .param("id", UUID.randomUUID().toString())
                .param("group", unread)
                .param(
                        "created",
                        System.currentTimeMillis() - Duration.ofMinutes(6).toMillis())
                .param("region", QueueChangesAcrossNodes.REGION)
                .update();

        assertThat(first.getBean(QueueChangesAcrossNodes.class).clearOld()).isPositive();
        assertThat(jdbc().sql("select count(*) from int_channel_message where group_key = :group")
                        .param("group", unread)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc().sql("select count(*) from push_node where node_id = :node")
                        .param("node", gone)
                        .query(Long.class)
                        .single())
                .isZero();
        // the two running nodes stay listed
        assertThat(jdbc().sql("select count(*) from push_node where node_id in (:nodes)")
                        .param(
                                "nodes",
                                List.of(
                                        first.getBean(QueueChangesAcrossNodes.class)
                                                .node(),
                                        second.getBean(QueueChangesAcrossNodes.class)
                                                .node()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        Message<String> message = QueueChangesAcrossNodes.message(new QueueBroadcaster.Change("K7M-4QX-9TD", true));
        assertThat(message.getPayload()).isEqualTo("K7M-4QX-9TD");
        assertThat(message.getHeaders()).containsOnlyKeys("id", "timestamp", "urgent");
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }
}
