package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.RawHttp;
import org.spotthesigns.testing.RunningPortalTest;

/**
 * Every redirect stays on the portal, whatever host a request claims to be for: a forged
 * {@code Host} or {@code X-Forwarded-Host} never comes back in a {@code Location}. Run with the
 * portal's own way of reading a proxy's headers ({@code server.forward-headers-strategy=native},
 * application.properties), in the running portal the other tests share.
 */
class RedirectsIT extends RunningPortalTest {

    private static final List<String> FORGED =
            List.of("Host: evil.example", "Host: localhost\nX-Forwarded-Host: evil.example");

    @Test
    void an_unsigned_visitor_is_sent_to_sign_in_on_this_site_whatever_host_the_request_names() throws Exception {
        for (String host : FORGED) {
            RawHttp.Response response = RawHttp.send(port, "GET /moderation HTTP/1.1\n" + host);

            assertThat(response.status()).as(host).isEqualTo(302);
            assertThat(response.header("Location"))
                    .as(host)
                    .hasValueSatisfying(location -> assertThat(location)
                            .startsWith("/moderation/sign-in")
                            .doesNotContain("evil"));
        }
    }

    @Test
    void signing_out_leads_back_to_sign_in_on_this_site_whatever_host_the_request_names() throws Exception {
        for (String host : FORGED) {
            HttpResponse<String> signIn = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url("/moderation/sign-in")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String session =
                    signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String token = Jsoup.parse(signIn.body()).select("meta[name=_csrf]").attr("content");
            assertThat(token).as("the sign-in page's CSRF token").isNotBlank();

            RawHttp.Response response = RawHttp.send(
                    port,
                    "POST /logout HTTP/1.1\n" + host + "\nCookie: " + session
                            + "\nContent-Type: application/x-www-form-urlencoded",
                    "_csrf=" + token);

            assertThat(response.status()).as(host).isEqualTo(302);
            assertThat(response.header("Location"))
                    .as(host)
                    .hasValueSatisfying(location -> assertThat(location)
                            .startsWith("/moderation/sign-in")
                            .doesNotContain("evil"));
        }
    }
}
