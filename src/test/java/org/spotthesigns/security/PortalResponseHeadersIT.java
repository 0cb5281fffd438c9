package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.RunningPortalTest;

/** What every response tells the browser: what it may load, keep and send on. */
class PortalResponseHeadersIT extends RunningPortalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_carry_the_security_headers_and_are_never_stored() throws Exception {
        for (String path :
                new String[] {"/signs/two-phones", "/no-such-page", "/report/danger", "/moderation/sign-in"}) {
            HttpResponse<String> page = get(path, "identity");
            assertThat(header(page, "Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
        }
        HttpResponse<String> page = get("/signs/two-phones", "identity");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy"))
                .contains("default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Cache-Control")).contains("no-store");
    }

    @Test
    void the_session_cookie_is_hidden_from_scripts_and_other_sites() throws Exception {
        HttpResponse<String> page = get("/", "identity");

        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void vaadins_hashed_bundle_is_kept_for_a_year_and_our_own_assets_are_revalidated() throws Exception {
        Matcher bundle = Pattern.compile("VAADIN/build/[^\"']+\\.js")
                .matcher(get("/", "identity").body());
        assertThat(bundle.find()).as("the page names Vaadin's bundle").isTrue();

        assertThat(header(get("/" + bundle.group(), "gzip, br"), "Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(get("/styles/portal.css", "identity"), "Cache-Control"))
                .isEqualTo("no-cache");
        assertThat(get("/" + bundle.group(), "gzip, br").headers().map())
                .as("old HTTP/1.0 headers beside Cache-Control")
                .doesNotContainKeys("pragma", "expires");
        assertThat(header(get("/scripts/exit-this-page.js", "identity"), "Cache-Control"))
                .isEqualTo("no-cache");
    }

    @Test
    void pages_and_stylesheets_are_sent_compressed() throws Exception {
        HttpResponse<String> page = get("/where-it-happens", "gzip");
        Matcher theme = Pattern.compile("lumo/lumo\\.css[^\"']*")
                .matcher(get("/", "identity").body());

        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(get("/styles/portal.css", "gzip"), "Content-Encoding"))
                .isEqualTo("gzip");
        assertThat(theme.find()).as("the page names Vaadin's theme").isTrue();
        assertThat(header(get("/" + theme.group(), "gzip"), "Content-Encoding")).isEqualTo("gzip");
    }

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept-Encoding", encoding)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }
}
