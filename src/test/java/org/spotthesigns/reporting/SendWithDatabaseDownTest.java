package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.OnPostgres;
import org.spotthesigns.testing.PostgresReachable;
import org.spotthesigns.testing.TcpForwarder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reporter whose send cannot reach the database hears so within about 5 seconds (the form then
 * keeps every answer: {@code ReportRefusedBrowserTest}), whether the database is down or has
 * stopped answering.
 */
@OnPostgres
class SendWithDatabaseDownTest {

    private static final Duration ABOUT_FIVE_SECONDS = Duration.ofMillis(6500);
    private static final TcpForwarder DATABASE = forwarder();

    @DynamicPropertySource
    static void throughTheForwarder(DynamicPropertyRegistry properties) {
        String database = PostgresReachable.URL.substring(PostgresReachable.URL.lastIndexOf('/'));
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + database);
    }

    @Autowired
    ReportService reports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseBack() throws Exception {
        // frozen connections are dropped, then new ones answered; the pool forgets the dropped ones,
        // so the next test does not begin on a connection that died here
        DATABASE.goDown();
        DATABASE.comeBack();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    @Test
    void a_send_with_the_database_down_fails_within_about_five_seconds() throws IOException, SQLException {
        reports.submit(ReportDrafts.complete(Instant.now()), "database-down-test");
        awaitQuietPool();
        DATABASE.goDown();

        assertThat(timeToFailure()).isLessThan(ABOUT_FIVE_SECONDS);
    }

    @Test
    void a_send_to_a_database_that_stopped_answering_fails_within_about_five_seconds() throws SQLException {
        reports.submit(ReportDrafts.complete(Instant.now()), "database-silent-test");
        awaitQuietPool();
        DATABASE.freeze();

        assertThat(timeToFailure()).isLessThan(ABOUT_FIVE_SECONDS);
    }

    /**
     * The reporter's send is measured alone: triage and moderation, which take the first report in
     * the background, have finished with their connections before the database goes away. (A send
     * that must wait for a connection held by a listener stuck on the dead database can take up to
     * the pool's 5 seconds more.)
     */
    private void awaitQuietPool() throws SQLException {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from event_publication where completion_date is null",
                                        Long.class)
                                == 0
                        && pool.getActiveConnections() == 0);
    }

    private Duration timeToFailure() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> reports.submit(ReportDrafts.complete(Instant.now()), "database-down-test"))
                .isInstanceOf(RuntimeException.class);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static TcpForwarder forwarder() {
        try {
            return TcpForwarder.onFreePort(5432).open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
