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
    void every_page_carries_the_security_headers() throws Exception {
        for (String path :
                new String[] {"/signs/two-phones", "/no-such-page", "/report/danger", "/moderation/sign-in"}) {
            HttpResponse<String> page = get(path, "identity");

            assertThat(header(page, "Content-Security-Policy"))
                    .as(path)
                    .contains(
                            "default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(header(page, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void guidance_pages_allow_only_the_portals_own_files_and_pages_that_start_vaadin_what_it_needs() throws Exception {
        for (String path : new String[] {"/", "/help/who-to-talk-to", "/no-such-page", "/signs/three-phones"}) {
            assertThat(header(get(path, "identity"), "Content-Security-Policy"))
                    .as(path)
                    .isEqualTo(SecurityConfiguration.READER_CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';", "style-src 'self';")
                    .doesNotContain("unsafe");
        }
        for (String path : new String[] {"/report", "/report/danger", "/follow-up", "/moderation/sign-in"}) {
            assertThat(header(get(path, "identity"), "Content-Security-Policy"))
                    .as(path)
                    .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .contains("'unsafe-inline'", "'unsafe-eval'");
        }
    }

    /**
     * A browser never stores a guidance page; a shared cache may hold it for a minute, told so in
     * the headers aimed at shared caches alone, and nothing in it is anyone's own: no cookie, the
     * same bytes for every visitor. Pages that start Vaadin, and the not-found page, are held by nobody.
     */
    @Test
    void guidance_pages_may_be_held_briefly_by_a_shared_cache_and_never_by_a_browser() throws Exception {
        HttpResponse<String> first = get("/signs/two-phones", "identity");
        HttpResponse<String> second = get("/signs/two-phones", "identity");

        assertThat(first.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(first.headers().allValues("CDN-Cache-Control")).containsExactly("max-age=60");
        assertThat(first.headers().allValues("Surrogate-Control")).containsExactly("max-age=60");
        assertThat(first.headers().map()).doesNotContainKeys("set-cookie", "pragma", "expires");
        assertThat(second.body()).isEqualTo(first.body());
        for (String path : new String[] {"/no-such-page", "/report", "/report/danger", "/moderation/sign-in"}) {
            HttpResponse<String> page = get(path, "identity");
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
            assertThat(page.headers().map()).as(path).doesNotContainKeys("cdn-cache-control", "surrogate-control");
        }
    }

    @Test
    void the_session_cookie_is_hidden_from_scripts_and_other_sites() throws Exception {
        HttpResponse<String> page = get("/report", "identity");

        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void vaadins_hashed_bundle_is_kept_for_a_year_and_our_own_assets_are_revalidated() throws Exception {
        Matcher bundle = Pattern.compile("VAADIN/build/[^\"']+\\.js")
                .matcher(get("/report", "identity").body());
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
                .matcher(get("/report", "identity").body());

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
