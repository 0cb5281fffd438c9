package org.spotthesigns.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.Application;
import org.spotthesigns.testing.PostgresReachable;
import org.spotthesigns.testing.TcpForwarder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In a deployment the database and the portal start in any order: the portal waits for the
 * database, with back-off, for as long as it is told, then gives up with a clear message.
 */
class DatabaseAtStartTest {

    private static final String[] PRODUCTION = {
        "--spring.datasource.username=" + PostgresReachable.USER,
        "--spotthesigns.contact-details.key=" + PostgresReachable.TEST_KEY,
        "--spotthesigns.rate-limits.client-key-secret=for the shared test database only",
        "--server.port=0"
    };

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void with_no_database_the_portal_waits_as_long_as_configured_then_says_why_it_stops(CapturedOutput output)
            throws Exception {
        String url;
        try (TcpForwarder nothingListening = TcpForwarder.onFreePort(5432)) {
            url = "jdbc:postgresql://127.0.0.1:" + nothingListening.port() + "/spotthesigns";
        }
        long started = System.nanoTime();
        // three retries with waits of 1 second each, where the profile has eight of up to 30
        assertThatThrownBy(() -> start(
                                url, "--spring.flyway.connect-retries=3", "--spring.flyway.connect-retries-interval=1s")
                        .close())
                .isNotNull();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        // each wait logged once, in one line
        assertThat(output.getOut().split("Retrying in ", -1)).hasSize(1 + 3);
        assertThat(waited).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(60));
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("The database at " + url + " did not answer after 3 retries")
                .contains("Start the database or correct spring.datasource.url");
    }

    @Test
    @ExtendWith(PostgresReachable.class)
    void a_database_that_comes_up_during_the_wait_is_used() throws Exception {
        String database = PostgresReachable.URL.substring(PostgresReachable.URL.lastIndexOf('/'));
        try (TcpForwarder lateDatabase = TcpForwarder.onFreePort(5432)) {
            Thread.ofVirtual().start(() -> {
                try {
                    TimeUnit.SECONDS.sleep(2);
                    lateDatabase.open();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (ConfigurableApplicationContext portal = start(
                    "jdbc:postgresql://127.0.0.1:" + lateDatabase.port() + database,
                    "--spring.flyway.connect-retries-interval=2s")) {
                assertThat(portal.isRunning()).isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, String... settings) {
        String[] arguments = java.util.stream.Stream.of(
                        PRODUCTION, new String[] {"--spring.datasource.url=" + url}, settings)
                .flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(arguments);
    }
}
