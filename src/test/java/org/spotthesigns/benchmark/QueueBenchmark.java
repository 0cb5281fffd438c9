package org.spotthesigns.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.spotthesigns.Application;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.moderation.ReportStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The queue at 200,000 reports: the first page and each filter, as the moderators' grid asks for
 * them (a page of 50 and the count), timed on the server, on H2 and on PostgreSQL.
 *
 * <p>Not part of the tests: run it with {@code ./mvnw test -Dtest=QueueBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (about five minutes). It fills its own databases
 * (an H2 file under target/benchmark and a PostgreSQL database called spotthesigns_benchmark)
 * once, and writes its figures to target/benchmark/queue.md.
 */
public final class QueueBenchmark {

    /** How many reports each database holds: {@code -Dbenchmark.reports}, a million by default. */
    private static final int REPORTS = Integer.getInteger("benchmark.reports", 1_000_000);

    private static final int PAGE = 50;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;

    @org.junit.jupiter.api.Test
    void queue_at_a_national_scale() throws Exception {
        StringBuilder figures = new StringBuilder(
                "| database | query | median ms | p95 ms | max ms | rows |\n|---|---|---|---|---|---|\n");
        if (Boolean.parseBoolean(System.getProperty("benchmark.h2", "true"))) {
            measure("H2", "jdbc:h2:file:./target/benchmark/h2/portal;LOCK_TIMEOUT=10000", "sa", null, figures);
        }
        if (postgresReachable()) {
            createPostgresDatabase();
            measure(
                    "PostgreSQL",
                    "jdbc:postgresql://127.0.0.1:5432/spotthesigns_benchmark",
                    "postgres",
                    "postgres",
                    figures);
        } else {
            figures.append("| PostgreSQL | not reachable on 127.0.0.1:5432 | | | | |\n");
        }
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/queue.md"), figures);
        System.out.println(figures);
    }

    private static void measure(String database, String url, String user, String profile, StringBuilder figures) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--server.port=0",
                "--spotthesigns.rate-limits.client-key-secret=benchmark",
                "--spotthesigns.contact-details.key=" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "--spotthesigns.retention.cron=-",
                "--management.server.port=-1",
                "--logging.level.root=WARN",
                // filling and vacuuming a million reports takes longer than the portal's 5-second statements
                "--spring.datasource.hikari.data-source-properties.socketTimeout=0"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
        if (profile != null) {
            builder.profiles(profile);
        }
        try (ConfigurableApplicationContext portal = builder.run(arguments.toArray(String[]::new))) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            long existing = jdbc.queryForObject("select count(*) from report", Long.class);
            if (existing < REPORTS) {
                long started = System.nanoTime();
                new ReportGenerator(jdbc).generate((int) (REPORTS - existing), Instant.now());
                System.out.printf(
                        "%s: generated %d reports in %d s%n",
                        database, REPORTS - existing, (System.nanoTime() - started) / 1_000_000_000);
            }
            if (database.equals("PostgreSQL")) {
                // what autovacuum does on a live database, after filling it and after migrations that
                // rewrote rows or added indexes: the figures are of a table as it settles, not a cold one
                jdbc.execute("vacuum analyze");
            }
            portal.getBean(SecurityContextHolderStrategy.class)
                    .getContext()
                    .setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_MODERATOR"));
            ModerationService moderation = portal.getBean(ModerationService.class);
            String someReference = jdbc.queryForObject(
                    "select reference from report_case where status = 'NEW' order by id fetch first 1 rows only",
                    String.class);
            Map<String, QueueFilter> filters = new LinkedHashMap<>();
            filters.put("first page (open reports)", QueueFilter.OPEN);
            filters.put("all statuses", new QueueFilter(Set.of(), Set.of(), null, null, null, null, ""));
            filters.put("status: new", new QueueFilter(Set.of(ReportStatus.NEW), Set.of(), null, null, null, null, ""));
            filters.put(
                    "priority: P1 and P2",
                    new QueueFilter(ReportStatus.open(), Set.of(1, 2), null, null, null, null, ""));
            filters.put("area: Melton", new QueueFilter(ReportStatus.open(), Set.of(), "melton", null, null, null, ""));
            filters.put(
                    "kind of place: banks",
                    new QueueFilter(ReportStatus.open(), Set.of(), null, "banks", null, null, ""));
            filters.put("claimed by me", new QueueFilter(ReportStatus.open(), Set.of(), null, null, "alice", null, ""));
            filters.put("suspected spam", new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, true, ""));
            filters.put(
                    "words: \"silver car\"",
                    new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, "silver car"));
            filters.put("a reference", new QueueFilter(Set.of(), Set.of(), null, null, null, null, someReference));
            for (Map.Entry<String, QueueFilter> filter : filters.entrySet()) {
                long[] rows = new long[1];
                double[] times = time(() -> {
                    rows[0] = moderation.count(filter.getValue());
                    return moderation.queue(filter.getValue(), 0, PAGE);
                });
                figures.append(String.format(
                        "| %s | %s | %.1f | %.1f | %.1f | %d |%n",
                        database,
                        filter.getKey(),
                        times[times.length / 2],
                        times[(int) Math.ceil(times.length * 0.95) - 1],
                        times[times.length - 1],
                        rows[0]));
            }
        }
    }

    /** Milliseconds per call, sorted, after a warm-up. */
    private static double[] time(Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            var unused = query.get(); // the database's time is measured, not the answer
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            var unused = query.get();
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times;
    }

    private static boolean postgresReachable() {
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void createPostgresDatabase() throws SQLException {
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            boolean exists = connection
                    .createStatement()
                    .executeQuery("select 1 from pg_database where datname = 'spotthesigns_benchmark'")
                    .next();
            if (!exists) {
                connection.createStatement().execute("create database spotthesigns_benchmark");
            }
        }
    }
}
