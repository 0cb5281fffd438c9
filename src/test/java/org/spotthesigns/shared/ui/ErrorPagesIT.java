package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.testing.RawHttp;
import org.spotthesigns.testing.RunningPortalTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Addresses that cannot be served, whoever sends them: each answers with the portal's own page in
 * its frame, with the portal's headers, says nothing of the code behind it, and costs the log
 * little or nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT extends RunningPortalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_control_character_in_the_address_is_refused_with_the_portals_page_and_no_stack_trace(CapturedOutput output)
            throws Exception {
        for (String address : List.of("/%07", "/signs/%09x", "/%7F", "/moderation/reports/a%07bell")) {
            int before = output.getAll().length();
            HttpResponse<String> response = get(address, "text/html");
            String logged = output.getAll().substring(before);

            assertThat(response.statusCode()).as(address).isIn(400, 404);
            assertPortalPage(address, response);
            assertThat(logged).as("logged for " + address).doesNotContain("ERROR", "Exception", "\tat ");
            assertThat(logged.lines().filter(line -> !line.isBlank()).count())
                    .as("lines logged for " + address)
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void an_unknown_kind_of_vaadin_request_is_refused_with_the_portals_page() throws Exception {
        for (String accept : List.of("*/*", "text/html")) {
            HttpResponse<String> response = get("/?v-r=nonexistent", accept);

            assertThat(response.statusCode()).as(accept).isBetween(400, 499);
            assertPortalPage("/?v-r=nonexistent as " + accept, response);
        }
    }

    @Test
    void every_error_spring_would_render_is_the_portals_own_page() throws Exception {
        String staleExport = "/VAADIN/dynamic/resource/1/0b7c9b1e-0000-0000-0000-000000000000/reports-2026-11-30.csv";
        for (String accept : List.of("text/html", "*/*", "application/json")) {
            for (String address : List.of(
                    "/moderation;jsessionid=x", "/moderation//dashboard", staleExport, "/error", "/exit-this-page")) {
                HttpResponse<String> response = get(address, accept);

                assertThat(response.statusCode()).as(address + " as " + accept).isBetween(400, 499);
                assertPortalPage(address + " as " + accept, response);
            }
        }
        assertThat(get("/moderation;jsessionid=x", "text/html").statusCode()).isEqualTo(400);
        assertThat(get(staleExport, "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/exit-this-page", "text/html").statusCode()).isEqualTo(405);
    }

    @Test
    void a_request_tomcat_refuses_is_not_logged_with_its_query(CapturedOutput output) throws Exception {
        // the first request Tomcat cannot read in this portal: it would say so, with the target, at INFO
        RawHttp.Response refused = RawHttp.send(port, """
                GET /follow-up?reference=<script>K7M-4QX-9TD HTTP/1.1
                Host: localhost""");
        RawHttp.Response badlyEncoded = RawHttp.send(port, """
                GET /follow-up?reference=Q4R-7XP-%zz HTTP/1.1
                Host: localhost""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body())
                .as("the portal's page, not Tomcat's")
                .contains("Spot the Signs", "emergency-banner", "exit-this-page")
                .doesNotContain("HTTP Status", "Tomcat");
        assertThat(badlyEncoded.status()).isIn(200, 400);
        assertThat(output.getAll()).doesNotContain("K7M-4QX-9TD", "Q4R-7XP", "reference=", "<script>");
    }

    private HttpResponse<String> get(String address, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(address)))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page is the portal's: its frame, a heading, the portal's headers, and nothing of the code behind it. */
    private static void assertPortalPage(String what, HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        assertThat(response.headers().firstValue("Content-Type"))
                .as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.select(".portal .emergency-banner").text()).as(what).contains("999");
        assertThat(page.select(".portal #exit-this-page")).as(what).hasSize(1);
        assertThat(page.select(".portal main h1").text()).as(what).isNotBlank();
        assertThat(page.title()).as(what).endsWith(" - Spot the Signs");
        assertThat(response.body())
                .as(what)
                .doesNotContain("Whitelabel", "Exception", "HTTP Status", "Tomcat", "timestamp", "\tat ");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control"))
                .as(what)
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }
}
