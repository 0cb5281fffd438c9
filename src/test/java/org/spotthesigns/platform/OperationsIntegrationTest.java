package org.spotthesigns.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.testing.PostgresReachable;
import org.spotthesigns.testing.TcpForwarder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators rely on (decision record 0015), on the production profile and a real PostgreSQL
 * reached through a forwarder that can take it away: health and metrics on the management port
 * only, readiness following the database, metrics that count without naming anyone, structured
 * log lines without an address or a browser, and forwarded headers taken from the balancer alone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.username=" + PostgresReachable.USER,
            "spring.datasource.password=",
            "spotthesigns.contact-details.key=" + PostgresReachable.TEST_KEY,
            "spotthesigns.rate-limits.reports-per-hour=100000",
            "spotthesigns.rate-limits.client-key-secret=for the shared test database only",
            "spotthesigns.follow-up.key-hash-strength=4",
            // the balancer of the loopback cluster connects from 127.0.0.2; this test from 127.0.0.1 too
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
            "spotthesigns.metrics.queue-counts-for=PT5S"
        })
@ActiveProfiles("postgres")
@ExtendWith({PostgresReachable.class, OutputCaptureExtension.class})
@Import(OperationsIntegrationTest.ObservedClient.class)
class OperationsIntegrationTest {

    private static final TcpForwarder DATABASE = forwarder();
    private static final InetAddress DIRECT = address("127.0.0.1");
    private static final InetAddress BALANCER = address("127.0.0.2");
    private static final String VISITOR = "203.0.113.77";
    private static final String BROWSER = "OpsProbe/7.7 (a visitor's browser)";
    private static final String OBSERVED = "/observed-client";

    @DynamicPropertySource
    static void throughTheForwarder(DynamicPropertyRegistry properties) {
        String database = PostgresReachable.URL.substring(PostgresReachable.URL.lastIndexOf('/'));
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + database);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ReportService reports;

    @Autowired
    RateLimits limits;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void databaseBack() throws SQLException {
        DATABASE.comeBack();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> management("/actuator/health/readiness").statusCode() == 200);
    }

    @Test
    void health_is_on_the_management_port_and_the_public_port_serves_no_actuator() {
        assertThat(management("/actuator/health/liveness"))
                .satisfies(response -> assertThat(response.statusCode()).isEqualTo(200))
                .satisfies(response -> assertThat(response.body()).contains("\"status\":\"UP\""));
        assertThat(management("/actuator/health/readiness"))
                .satisfies(response -> assertThat(response.statusCode()).isEqualTo(200))
                .satisfies(response -> assertThat(response.body()).contains("\"status\":\"UP\""));
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(200);

        for (String path : List.of(
                "/actuator",
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness",
                "/actuator/prometheus")) {
            HttpResponse<String> response = get(DIRECT, publicUrl(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("\"status\"", "# HELP", "\"_links\"");
        }
        // nothing of the portal's pages or of Vaadin on the management port
        HttpResponse<String> home = management("/");
        assertThat(home.statusCode()).isEqualTo(404);
        assertThat(home.body().toLowerCase(Locale.ROOT)).doesNotContain("vaadin", "spot the signs");
    }

    @Test
    void a_health_check_or_a_scrape_makes_no_session() {
        double created = sessionsCreated();

        for (int i = 0; i < 5; i++) {
            for (String path : List.of(
                    "/actuator/health/liveness",
                    "/actuator/health/readiness",
                    "/actuator/health",
                    "/actuator/prometheus")) {
                HttpResponse<String> response = management(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
            // a balancer pointed at the public port by mistake gets 404, and leaves no session either
            HttpResponse<String> wrongPort = get(DIRECT, publicUrl("/actuator/health/readiness"));
            assertThat(wrongPort.statusCode()).isEqualTo(404);
            assertThat(wrongPort.headers().allValues("Set-Cookie")).isEmpty();
        }

        assertThat(sessionsCreated()).isEqualTo(created);
        // the count is the public port's: a page that starts Vaadin at once makes a session, and it counts
        assertThat(get(DIRECT, publicUrl("/moderation/sign-in")).headers().allValues("Set-Cookie"))
                .isNotEmpty();
        assertThat(sessionsCreated()).isEqualTo(created + 1);
    }

    @Test
    void readiness_is_down_while_the_database_is_away_and_up_again_when_it_returns()
            throws IOException, InterruptedException {
        Thread.sleep(5_100); // whatever count an earlier scrape kept is old now: the next one counts afresh
        String counted = metric(scrape(), "spotthesigns_queue_overdue_reports");

        DATABASE.goDown();

        // within the few seconds a count is kept, a scrape reads it and never asks the database
        long started = System.nanoTime();
        String scrapedWhileDown = scrape();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(metric(scrapedWhileDown, "spotthesigns_queue_overdue_reports"))
                .isEqualTo(counted)
                .isNotEqualTo("NaN");

        HttpResponse<String> readiness = management("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
        // once the kept count is old, the gauges say they do not know rather than fail the scrape
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(metric(scrape(), "spotthesigns_queue_overdue_reports"))
                        .isEqualTo("NaN"));

        DATABASE.comeBack();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(management("/actuator/health/readiness"))
                        .satisfies(response -> assertThat(response.statusCode()).isEqualTo(200))
                        .satisfies(response -> assertThat(response.body()).contains("\"status\":\"UP\"")));
    }

    @Test
    void the_metrics_count_reports_triage_and_refusals_and_name_nobody() {
        // counted with the database there (a test before may have left a count made while it was away)
        await().atMost(Duration.ofSeconds(20)).until(() -> !Double.isNaN(openReports(scrape())));
        String before = scrape();
        String client = "ops-client-" + UUID.randomUUID();

        SubmittedReport sent = reports.submit(ReportDrafts.complete(Instant.now()), client);
        assertThat(limits.tryConsume(RateLimit.FOLLOW_UPS_PER_CLIENT, client, 1_000))
                .isFalse();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String after = scrape();
            assertThat(number(after, "spotthesigns_reports_received_total"))
                    .isEqualTo(number(before, "spotthesigns_reports_received_total") + 1);
            assertThat(number(after, "spotthesigns_triage_time_seconds_count"))
                    .isEqualTo(number(before, "spotthesigns_triage_time_seconds_count") + 1);
            assertThat(openReports(after)).isEqualTo(openReports(before) + 1);
        });
        String scraped = scrape();
        assertThat(number(scraped, "spotthesigns_rate_limit_refusals_total{limit=\"follow-ups-per-client\"}"))
                .isEqualTo(
                        number(before, "spotthesigns_rate_limit_refusals_total{limit=\"follow-ups-per-client\"}") + 1);
        for (String name : List.of(
                "spotthesigns_reports_received_total",
                "spotthesigns_triage_time_seconds",
                "spotthesigns_queue_open_reports",
                "spotthesigns_queue_overdue_reports",
                "spotthesigns_rate_limit_refusals_total",
                "spotthesigns_sign_in_failures_total",
                "spotthesigns_keys_sealed_values")) {
            assertThat(scraped).as(name).containsPattern("(?m)^# HELP " + Pattern.quote(name) + " \\S");
        }
        // Tomcat's own, for counting sessions across the nodes of a cluster
        assertThat(scraped).contains("# TYPE tomcat_sessions_active_current_sessions gauge");
        for (String priority : List.of("P1", "P2", "P3", "P4", "untriaged")) {
            assertThat(scraped).contains("spotthesigns_queue_open_reports{priority=\"" + priority + "\"}");
        }
        // a count for the one key of this portal's keyring (made at start-up; absent or NaN fails)
        assertThat(number(scraped, "spotthesigns_keys_sealed_values{key=\"legacy\"}"))
                .isGreaterThanOrEqualTo(0);
        // the portal's own metrics are tagged by priority, limit, step, bucket or key id, never by anything of a report
        Matcher labels = Pattern.compile("(?m)^spotthesigns_\\w+\\{([^}]*)}").matcher(scraped);
        while (labels.find()) {
            for (String label : labels.group(1).split(",")) {
                assertThat(label.substring(0, label.indexOf('=')))
                        .isIn(Set.of("priority", "limit", "step", "le", "key"));
            }
        }
        assertThat(scraped)
                .doesNotContain(sent.reference().value())
                .doesNotContain(client)
                .doesNotContain(limits.clientKey(client));
    }

    @Test
    void forwarded_headers_are_taken_from_the_balancer_and_from_nobody_else() {
        // straight from an address that is not the balancer: the headers change nothing
        assertThat(get(DIRECT, publicUrl(OBSERVED), "X-Forwarded-For", VISITOR, "X-Forwarded-Proto", "https")
                        .body())
                .isEqualTo("127.0.0.1 " + false + " " + limits.clientKey("127.0.0.1"));
        // through the balancer: the visitor's address stands for the client, and the request was https
        assertThat(get(BALANCER, publicUrl(OBSERVED), "X-Forwarded-For", VISITOR, "X-Forwarded-Proto", "https")
                        .body())
                .isEqualTo(VISITOR + " " + true + " " + limits.clientKey(VISITOR));
        // HSTS is sent on https alone: a spoofed scheme does not earn it
        assertThat(get(DIRECT, publicUrl("/signs"), "X-Forwarded-Proto", "https")
                        .headers()
                        .firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(get(BALANCER, publicUrl("/signs"), "X-Forwarded-Proto", "https")
                        .headers()
                        .firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void log_lines_are_json_and_name_no_address_or_browser(CapturedOutput output) {
        for (InetAddress from : List.of(DIRECT, BALANCER)) {
            for (String path : List.of("/", "/signs/two-phones", "/no-such-page", "/%07", "/report")) {
                get(from, publicUrl(path), "X-Forwarded-For", VISITOR, "User-Agent", BROWSER);
            }
        }
        // the push logger's filter still holds under structured logging: a connection's end is no error
        var push = LoggerFactory.getLogger(PushAtmosphereHandler.class);
        push.error("Exception in push connection", new IOException("Broken pipe (ops-probe-disconnect)"));
        push.error("Exception in push connection", new IllegalStateException("ops-probe-failure"));

        List<String> lines =
                output.getOut().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.has("@timestamp")).as(line).isTrue();
            assertThat(event.path("log").has("level")).as(line).isTrue();
            assertThat(event.has("message")).as(line).isTrue();
        }
        assertThat(output.getAll())
                .doesNotContain(VISITOR)
                .doesNotContain("OpsProbe")
                .doesNotContain("ops-probe-disconnect")
                .contains("ops-probe-failure");
    }

    private double openReports(String scraped) {
        double open = 0;
        for (String priority : List.of("P1", "P2", "P3", "P4", "untriaged")) {
            open += number(scraped, "spotthesigns_queue_open_reports{priority=\"" + priority + "\"}");
        }
        return open;
    }

    private double sessionsCreated() {
        return number(scrape(), "tomcat_sessions_created_sessions_total");
    }

    private String scrape() {
        HttpResponse<String> response = management("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one series, named in full with its labels in the order Prometheus writes them. */
    private static String metric(String scraped, String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*})? (\\S+)$")
                .matcher(scraped);
        assertThat(value.find()).as(series + " in\n" + scraped).isTrue();
        return value.group(1);
    }

    private static double number(String scraped, String series) {
        return Double.parseDouble(metric(scraped, series));
    }

    private HttpResponse<String> management(String path) {
        return get(DIRECT, "http://127.0.0.1:" + managementPort + path);
    }

    private String publicUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HttpResponse<String> get(InetAddress from, String url, String... headers) {
        try (HttpClient client = HttpClient.newBuilder()
                .localAddress(from)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TcpForwarder forwarder() {
        try {
            return TcpForwarder.onFreePort(5432).open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows what the portal takes the client to be: its address, whether https, its rate-limit key. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ObservedClient {

        @Bean
        FilterRegistrationBean<Filter> observedClient(RateLimits limits) {
            Filter observe = (request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                response.setContentType("text/plain");
                response.getWriter()
                        .print(http.getRemoteAddr() + " " + http.isSecure() + " "
                                + limits.clientKey(http.getRemoteAddr()));
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(observe);
            registration.addUrlPatterns(OBSERVED);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
