package org.spotthesigns.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.spotthesigns.security.internal.OneTimeCodes;
import org.spotthesigns.testing.Chromium;
import org.spotthesigns.testing.PostgresReachable;
import org.spotthesigns.testing.TcpForwarder;

/**
 * Two nodes of the packaged portal behind HAProxy ({@code deploy/cluster}, {@code deploy/haproxy.cfg}),
 * on one PostgreSQL database of their own, started once for all these tests. Needs HAProxy and
 * PostgreSQL: skipped where either is missing, except in CI, where that fails.
 */
@ExtendWith({PostgresReachable.class, ClusterIT.HaproxyInstalled.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Wrong passwords one client may send in an hour, small so the tests reach it quickly. */
    private static final int SIGN_IN_FAILURES_PER_CLIENT = 4;

    private static final Pattern SESSIONS_CREATED =
            Pattern.compile("(?m)^tomcat_sessions_created_sessions_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");

    private static LoopbackCluster cluster;
    private static Instant ready;
    /** Node 2 reaches the database through this, so a test can take the database away from it alone. */
    private static TcpForwarder node2Database;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        Instant start = Instant.now();
        Matcher server = Pattern.compile("//[^/:]+:(\\d+)/").matcher(PostgresReachable.URL);
        node2Database = TcpForwarder.onFreePort(server.find() ? Integer.parseInt(server.group(1)) : 5432)
                .open();
        cluster = LoopbackCluster.start(
                "spotthesigns_cluster_it",
                2,
                Map.of(
                        "NODE2_DATABASE_URL",
                        "jdbc:postgresql://127.0.0.1:" + node2Database.port() + "/spotthesigns_cluster_it",
                        // retention fires every 2 seconds on both nodes
                        "SPOTTHESIGNS_RETENTION_CRON",
                        "*/2 * * * * *",
                        "SPOTTHESIGNS_RATE_LIMITS_SIGN_IN_FAILURES_PER_CLIENT_PER_HOUR",
                        String.valueOf(SIGN_IN_FAILURES_PER_CLIENT),
                        "SPOTTHESIGNS_FOLLOW_UP_KEY_HASH_STRENGTH",
                        "4",
                        "SPOTTHESIGNS_ACCOUNTS_SECOND_FACTOR_FOR_MODERATORS",
                        "true"));
        ready = Instant.now();
        System.out.println(
                "The cluster was ready after " + Duration.between(start, ready).toSeconds() + " s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (node2Database != null) {
            node2Database.close();
        }
    }

    @Test
    @Order(1)
    void the_balancer_shares_new_visitors_between_the_nodes_and_keeps_a_session_on_its_node() throws Exception {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(sessionCookie(new Client("127.0.0.1").get(cluster.balancer("/moderation/sign-in")))
                    .replaceAll("~.*", ""));
        }
        assertThat(nodes)
                .as("the node named in each new visitor's session cookie")
                .containsExactlyInAnyOrder("node1", "node2");

        Client visitor = new Client("127.0.0.1");
        String first = sessionCookie(visitor.get(cluster.balancer("/moderation/sign-in")));
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> again = visitor.get(cluster.balancer("/moderation/sign-in"));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.headers().firstValue("Set-Cookie"))
                    .as("the same session, on the same node")
                    .isEmpty();
        }
        assertThat(first).matches("node[12]~[0-9A-F]+");
        assertThat(cluster.serverStates()).containsEntry("node1", "UP").containsEntry("node2", "UP");
    }

    @Test
    @Order(2)
    void a_forwarded_address_is_taken_from_the_balancer_alone() throws Exception {
        // one visitor uses up its allowance through the balancer
        for (int i = 0; i < SIGN_IN_FAILURES_PER_CLIENT; i++) {
            assertThat(signIn("127.0.0.3", cluster.balancer(""), "nobody-" + UUID.randomUUID(), "wrong", Map.of()))
                    .isFalse();
        }
        assertThat(signIn("127.0.0.3", cluster.balancer(""), "admin", LoopbackCluster.ADMIN_PASSWORD, Map.of()))
                .as("the right password from a client that used up its allowance")
                .isFalse();
        // another visitor of the same balancer is another client: the nodes read the balancer's header
        assertThat(signIn("127.0.0.4", cluster.balancer(""), "admin", LoopbackCluster.ADMIN_PASSWORD, Map.of()))
                .isTrue();
        // claiming to be the first visitor changes nothing: the balancer drops the visitor's header...
        assertThat(signIn(
                        "127.0.0.4",
                        cluster.balancer(""),
                        "admin",
                        LoopbackCluster.ADMIN_PASSWORD,
                        Map.of("X-Forwarded-For", "127.0.0.3")))
                .isTrue();
        // ...and a node trusts the header from the balancer's address alone, not from another on the machine
        for (int node = 1; node <= 2; node++) {
            assertThat(signIn(
                            "127.0.0.1",
                            cluster.node(node, ""),
                            "admin",
                            LoopbackCluster.ADMIN_PASSWORD,
                            Map.of("X-Forwarded-For", "127.0.0.3")))
                    .as("straight to node %d with a forwarded address of a client that used up its allowance", node)
                    .isTrue();
        }
    }

    @Test
    @Order(3)
    void a_clients_allowance_is_shared_by_the_nodes() throws Exception {
        for (int i = 0; i < SIGN_IN_FAILURES_PER_CLIENT; i++) {
            int node = 1 + i % 2;
            assertThat(signIn("127.0.0.5", cluster.node(node, ""), "nobody-" + UUID.randomUUID(), "wrong", Map.of()))
                    .isFalse();
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(signIn("127.0.0.5", cluster.node(node, ""), "admin", LoopbackCluster.ADMIN_PASSWORD, Map.of()))
                    .as("node %d, after %d failures spread over both nodes", node, SIGN_IN_FAILURES_PER_CLIENT)
                    .isFalse();
        }
    }

    @Test
    @Order(4)
    void the_nightly_retention_runs_on_one_node_however_often_both_nodes_fire_it() throws Exception {
        // both nodes fire it every 2 seconds: give them a few times each
        Duration running = Duration.between(ready, Instant.now());
        if (running.compareTo(Duration.ofSeconds(7)) < 0) {
            Thread.sleep(Duration.ofSeconds(7).minus(running));
        }
        List<Instant> runs = new ArrayList<>();
        try (var connection = cluster.database();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select occurred_at from audit_event where action = 'retention-run' order by occurred_at")) {
            while (rows.next()) {
                Timestamp at = rows.getTimestamp(1);
                runs.add(at.toInstant());
            }
        }
        assertThat(runs).as("retention runs recorded").isNotEmpty();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
                    .as("time between two runs (the lock is held at least a minute)")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(59));
        }
    }

    /** Needs Prometheus on the management port (issue 15's operations part). */
    @Test
    @Order(5)
    void a_health_check_of_the_balancer_creates_no_session() throws Exception {
        long before = sessionsCreated();
        Thread.sleep(Duration.ofSeconds(5)); // at least two checks of each node (every 2 seconds)
        assertThat(cluster.serverStates()).containsEntry("node1", "UP").containsEntry("node2", "UP");
        assertThat(sessionsCreated()).isEqualTo(before);
    }

    /** Needs stateless guidance pages and Prometheus on the management port (issue 15's readers and operations parts). */
    @Test
    @Order(6)
    void a_guidance_visit_leaves_no_session_on_either_node() throws Exception {
        long before = sessionsCreated();
        for (String page :
                List.of("/", "/signs", "/signs/two-phones", "/where-it-happens/banks", "/help/who-to-talk-to")) {
            Client reader = new Client("127.0.0.6");
            HttpResponse<String> document = reader.get(cluster.balancer(page));
            assertThat(document.statusCode()).as(page).isEqualTo(200);
            assertThat(document.headers().allValues("Set-Cookie"))
                    .as("cookies set by %s", page)
                    .isEmpty();
            // and everything of its own the page loads
            Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"/][^\"]*\\.(?:css|js|svg|ico|png))\"")
                    .matcher(document.body());
            while (assets.find()) {
                HttpResponse<String> asset = reader.get(cluster.balancer(assets.group(1)));
                assertThat(asset.headers().allValues("Set-Cookie"))
                        .as("cookies set by %s", assets.group(1))
                        .isEmpty();
            }
        }
        assertThat(sessionsCreated()).as("sessions created on both nodes").isEqualTo(before);
    }

    /** Needs cross-node push (issue 15's push part). */
    @Test
    @Order(7)
    void a_report_sent_through_one_node_reaches_a_queue_open_on_the_other_within_two_seconds() throws Exception {
        ChromeDriver moderator = Chromium.start();
        ChromeDriver reporterBrowser = Chromium.start();
        try {
            signInAsTheFirstAdministrator(new Reporter(moderator, cluster.node(2, "")));
            String words = "seen by the cluster test " + UUID.randomUUID();
            String reference = new Reporter(reporterBrowser, cluster.node(1, "")).report(words);
            Instant sent = Instant.now();
            Reporter queue = new Reporter(moderator, cluster.node(2, ""));
            try {
                queue.until(
                        Duration.ofSeconds(2),
                        () -> !moderator.findElements(By.linkText(reference)).isEmpty());
            } catch (org.openqa.selenium.TimeoutException late) {
                moderator.navigate().refresh();
                queue.until(Duration.ofSeconds(30), () -> "Queue".equals(queue.heading()));
                queue.awaitIdle();
                throw new AssertionError(
                        "report " + reference + " sent through node 1 did not reach the queue open on node 2 within 2 s"
                                + (moderator
                                                .findElements(By.linkText(reference))
                                                .isEmpty()
                                        ? ", nor after a reload"
                                        : "; a reload shows it, so it was stored but not pushed across nodes"),
                        late);
            }
            assertThat(Duration.between(sent, Instant.now()))
                    .as("from the reporter's confirmation on node 1 to the queue on node 2")
                    .isLessThanOrEqualTo(Duration.ofMillis(2500));
        } finally {
            moderator.quit();
            reporterBrowser.quit();
        }
    }

    /** Needs readiness that reports the database (issue 15's operations part). */
    @Test
    @Order(8)
    void a_node_that_cannot_reach_the_database_leaves_the_rotation_until_it_can() throws Exception {
        node2Database.goDown();
        try {
            awaitState("node2", "DOWN", Duration.ofSeconds(30));
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> page = new Client("127.0.0.8").get(cluster.balancer("/moderation/sign-in"));
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(sessionCookie(page))
                        .as("served by the node that has its database")
                        .startsWith("node1~");
            }
        } finally {
            node2Database.comeBack();
        }
        awaitState("node2", "UP", Duration.ofSeconds(60));
    }

    private static void awaitState(String node, String state, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        String seen = cluster.serverStates().get(node);
        while (!state.equals(seen) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            seen = cluster.serverStates().get(node);
        }
        assertThat(seen).as("%s as the balancer sees it", node).isEqualTo(state);
    }

    /**
     * Last, as it ends a node. Needs drafts kept outside the node (issue 15's drafts part) for the
     * reporter's answers; the readers' side holds with the balancer alone.
     */
    @Test
    @Order(9)
    void a_node_killed_mid_form_fails_no_reader_and_the_reporter_carries_on_with_every_confirmed_answer()
            throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            Reporter reporter = new Reporter(browser, cluster.balancer(""));
            String words = "answers kept across a node's death " + UUID.randomUUID();
            reporter.answerTheFirstSteps(words);
            String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
            int node = Integer.parseInt(cookie.replaceAll("^node(\\d+)~.*", "$1"));

            cluster.kill(node);

            // readers: every page still arrives, the first ones after a retry on the other node
            for (int i = 0; i < 10; i++) {
                assertThat(new Client("127.0.0.7")
                                .get(cluster.balancer("/signs/two-phones"))
                                .statusCode())
                        .isEqualTo(200);
            }
            awaitState("node" + node, "DOWN", Duration.ofSeconds(10));

            // the reporter reloads the step they were on, and finds every confirmed answer on the other node
            browser.navigate().refresh();
            try {
                reporter.awaitStep("where");
            } catch (org.openqa.selenium.TimeoutException lost) {
                throw new AssertionError(
                        "after node " + node + " died, reloading the step the reporter was on shows '"
                                + reporter.heading() + "' at " + browser.getCurrentUrl()
                                + " instead of that step with the answers confirmed before",
                        lost);
            }
            reporter.answerTheRest();
            assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                    .as("check your answers, on the other node, after node %d died", node)
                    .contains(words, Reporter.MESSAGES.getString("report.concernFor.VULNERABLE_ADULT"));
            String reference = reporter.send();
            try (var connection = cluster.database();
                    var statement = connection.prepareStatement(
                            "select count(*) from report where reference = ? and noticed like ?")) {
                statement.setString(1, reference);
                statement.setString(2, "%" + words + "%");
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1))
                            .as("the sent report holds what was typed before the node died")
                            .isEqualTo(1);
                }
            }
        } finally {
            browser.quit();
        }
    }

    private static void signInAsTheFirstAdministrator(Reporter on) {
        ChromeDriver browser = on.browser();
        browser.get(cluster.node(2, "/moderation/sign-in"));
        on.until(
                Duration.ofSeconds(30),
                () -> !browser.findElements(By.cssSelector("input[name='username']"))
                        .isEmpty());
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']"))
                .sendKeys(LoopbackCluster.ADMIN_PASSWORD, Keys.ENTER);
        on.until(Duration.ofSeconds(30), () -> "Set up your second step".equals(on.heading()));
        on.awaitIdle();
        String secret = browser.findElement(By.id("enrolment-secret")).getText().replace(" ", "");
        typeInto(browser, "#one-time-code input", OneTimeCodes.codeAt(secret, Instant.now()));
        browser.findElement(By.id("sign-in-continue")).click();
        on.until(Duration.ofSeconds(30), () -> "Choose your own password".equals(on.heading()));
        on.awaitIdle();
        typeInto(browser, "#new-password input", "a new password of my own");
        typeInto(browser, "#new-password-again input", "a new password of my own");
        browser.findElement(By.id("sign-in-continue")).click();
        on.until(Duration.ofSeconds(30), () -> "Queue".equals(on.heading()));
        on.awaitIdle();
    }

    private static void typeInto(ChromeDriver browser, String selector, String text) {
        WebElement input = browser.findElement(By.cssSelector(selector));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    /** Sessions each node's Tomcat has created since it started, summed, from its Prometheus endpoint. */
    private static long sessionsCreated() throws Exception {
        long sum = 0;
        for (int node = 1; node <= cluster.nodes(); node++) {
            HttpResponse<String> metrics =
                    new Client("127.0.0.1").get(cluster.management(node, "/actuator/prometheus"));
            assertThat(metrics.statusCode())
                    .as("Prometheus on node %d's management port", node)
                    .isEqualTo(200);
            Matcher created = SESSIONS_CREATED.matcher(metrics.body());
            assertThat(created.find())
                    .as("Tomcat's session count on node %d", node)
                    .isTrue();
            sum += (long) Double.parseDouble(created.group(1));
        }
        return sum;
    }

    /**
     * Sends a password from the sign-in page, as its form does (with the page's CSRF token).
     *
     * @return whether it was accepted (on to the next step) rather than refused ({@code ?error})
     */
    private static boolean signIn(
            String from, String origin, String username, String password, Map<String, String> headers)
            throws Exception {
        Client client = new Client(from);
        HttpResponse<String> page = client.get(origin + "/moderation/sign-in");
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(origin + "/moderation/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", password, "_csrf", token.group(1)))));
        headers.forEach(post::header);
        HttpResponse<String> answer = client.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        assertThat(answer.statusCode()).as("the answer to a password").isEqualTo(302);
        return location.endsWith("/moderation/sign-in/next");
    }

    private static String form(Map<String, String> fields) {
        return String.join(
                "&",
                fields.entrySet().stream()
                        .map(field -> field.getKey() + "="
                                + java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .toList());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** A visitor on its own loopback address, with its own cookies, following no redirect. */
    private static final class Client {

        final HttpClient http;

        Client(String address) throws IOException {
            http = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(address))
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** HAProxy where the tests run; in CI its absence is a failure, not a reason to skip. */
    static final class HaproxyInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(Path.of(LoopbackCluster.HAPROXY))) {
                return ConditionEvaluationResult.enabled("HAProxy is installed");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the cluster tests, but " + LoopbackCluster.HAPROXY
                        + " is missing (apt-get install haproxy)");
            }
            return ConditionEvaluationResult.disabled("HAProxy is not installed at " + LoopbackCluster.HAPROXY);
        }
    }
}
