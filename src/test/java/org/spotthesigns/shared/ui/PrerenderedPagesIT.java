package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.RunningPortalTest;

/**
 * The first response of each kind of address that Vaadin answers, and of addresses nothing knows,
 * as a crawler or a browser without scripts reads it (guidance pages: {@link
 * org.spotthesigns.guidance.ui.PublicPagesIT}).
 */
class PrerenderedPagesIT extends RunningPortalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_report_start_arrives_whole_with_its_title_description_menu_and_vaadin_held_back() throws Exception {
        HttpResponse<String> response = get("/report");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Report a concern - Spot the Signs");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(page.select("body > [data-first-paint] main h1").text()).isEqualTo("Report a concern");
        assertThat(page.select("body > [data-first-paint] + #outlet")).hasSize(1);
        assertThat(page.select("[data-first-paint] .portal-nav a[aria-current=page]")
                        .text())
                .isEqualTo("Report a concern");
        assertThat(page.select("head script[type=module][src*=VAADIN/build/]"))
                .as("Vaadin's script, loaded at once")
                .isEmpty();
        assertThat(page.select("head link[href*=lumo/]"))
                .as("Vaadin's theme, loaded at once")
                .isEmpty();
        assertThat(page.select("script[src=/scripts/start-vaadin.js]").attr("data-module"))
                .contains("VAADIN/build/");
        assertThat(page.select("script[src=/scripts/start-vaadin.js]").attr("data-theme"))
                .contains("lumo/lumo.css");
        assertThat(page.select("script[src=/scripts/start-vaadin.js]").attr("data-when"))
                .isEqualTo("interaction");
        assertThat(page.select("meta[name=vaadin-addresses]").attr("content"))
                .as("the addresses Vaadin's router takes; links to any other load a page of their own")
                .isEqualTo("ar/follow-up ar/report follow-up gu/follow-up gu/report moderation pa/follow-up pa/report"
                        + " pl/follow-up pl/report report ur/follow-up ur/report");
    }

    /**
     * The start of a report at each language's address arrives whole in that language, right to
     * left in Urdu and Arabic, and reads without JavaScript; a language the portal does not have
     * answers 404.
     */
    @Test
    void the_report_start_arrives_whole_in_every_language_and_an_unknown_one_is_not_found() throws Exception {
        for (String language : List.of("pl", "ur", "ar", "gu", "pa")) {
            java.util.ResourceBundle words =
                    java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.of(language));
            HttpResponse<String> response = get("/" + language + "/report");
            Document page = Jsoup.parse(response.body());

            assertThat(response.statusCode()).as(language).isEqualTo(200);
            assertThat(page.select("html").attr("lang")).as(language).isEqualTo(language);
            assertThat(page.select("html").attr("dir"))
                    .as(language)
                    .isEqualTo(language.equals("ur") || language.equals("ar") ? "rtl" : "");
            assertThat(page.select("[data-first-paint] h1")).as(language).hasSize(1);
            assertThat(page.title()).as(language).endsWith(" - Spot the Signs").doesNotStartWith("Report a concern");
            assertThat(page.select("[data-first-paint] #start-report").text())
                    .as(language)
                    .isEqualTo(words.getString("report.start.button"));
            assertThat(page.select("[data-first-paint] #start-report").attr("href"))
                    .isEqualTo("/" + language + "/report/danger");
            assertThat(page.select("[data-first-paint] noscript").text())
                    .as(language)
                    .isEqualTo(words.getString("report.nojs"));
            assertThat(page.select("[data-first-paint] .language-switcher a[aria-current=page]")
                            .attr("hreflang"))
                    .isEqualTo(language);

            Document followUp = Jsoup.parse(get("/" + language + "/follow-up").body());
            assertThat(followUp.select("html").attr("lang")).as(language).isEqualTo(language);
        }
        for (String unknown : List.of("/xx/report", "/en/report", "/xx/follow-up", "/en/report/danger")) {
            assertThat(get(unknown).statusCode()).as(unknown).isEqualTo(404);
        }
    }

    @Test
    void addresses_no_route_or_no_content_knows_answer_404_with_the_not_found_page() throws Exception {
        for (String address :
                List.of("/no-such-page", "/signs/three-phones", "/help/a/b", "/where-it-happens/nowhere")) {
            HttpResponse<String> response = get(address);
            Document page = Jsoup.parse(response.body());

            assertThat(response.statusCode()).as(address).isEqualTo(404);
            assertThat(page.select("body > .portal main h1").text()).as(address).isEqualTo("Page not found");
            assertThat(page.select("#outlet"))
                    .as("Vaadin's outlet on %s", address)
                    .isEmpty();
        }
        // under the form's own address, Vaadin's router answers, in the same words
        HttpResponse<String> step = get("/report/no-such-step");
        assertThat(step.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(step.body()).select("[data-first-paint] main h1").text())
                .isEqualTo("Page not found");
    }

    @Test
    void the_report_start_carries_the_sign_read_about_on_to_the_form() throws Exception {
        Document page = Jsoup.parse(get("/report?sign=lots-of-cash").body());

        assertThat(page.select("[data-first-paint] .chosen-sign").text()).contains("Carrying lots of cash");
        assertThat(page.select("[data-first-paint] .chosen-sign").hasAttr("hidden"))
                .isFalse();
        assertThat(page.select("[data-first-paint] #start-report").attr("href"))
                .isEqualTo("/report/danger?sign=lots-of-cash");

        Document plain = Jsoup.parse(get("/report?sign=%3Cscript%3E").body());
        assertThat(plain.select("[data-first-paint] .chosen-sign").hasAttr("hidden"))
                .isTrue();
        assertThat(plain.select("[data-first-paint] #start-report").attr("href"))
                .isEqualTo("/report/danger");
    }

    /** A place page's report link names the page, and the start passes it on; the form then chooses its kind of place. */
    @Test
    void the_report_start_carries_the_place_page_a_report_began_from_on_to_the_form() throws Exception {
        String link = Jsoup.parse(
                        get("/where-it-happens/taxis-and-private-hire").body())
                .select("main a#report-this-place")
                .attr("href");
        assertThat(link).isEqualTo("/report?place=taxis-and-private-hire");

        assertThat(Jsoup.parse(get(link).body())
                        .select("[data-first-paint] #start-report")
                        .attr("href"))
                .isEqualTo("/report/danger?place=taxis-and-private-hire");
        assertThat(Jsoup.parse(get("/report?place=%3Cscript%3E").body())
                        .select("[data-first-paint] #start-report")
                        .attr("href"))
                .as("a place no kind of place matches is not passed on")
                .isEqualTo("/report/danger");
    }

    @Test
    void a_page_that_needs_vaadin_starts_it_at_once_and_explains_itself_without_javascript() throws Exception {
        assertThat(get("/report/received").statusCode()).isEqualTo(200);
        HttpResponse<String> response = get("/report/check");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("[data-first-paint]")).isEmpty();
        assertThat(page.select("head script[type=module][src*=VAADIN/build/]")).hasSize(1);
        Document withoutScripts = Jsoup.parse(page.select("body > noscript").html());
        assertThat(withoutScripts.select("main h1").text()).isEqualTo("This page needs JavaScript");
        assertThat(withoutScripts.select("main").text()).contains("999", "101", "0800 555 111");
        assertThat(withoutScripts.select(".emergency-banner").text()).contains("999");
    }

    /** The right place first (decision record 0025), in the first response, so it reads without JavaScript. */
    @Test
    void the_report_start_has_its_button_first_then_where_some_cases_go_faster_and_loads_nothing_from_elsewhere()
            throws Exception {
        Document page = Jsoup.parse(get("/report").body());
        Element main = page.selectFirst("body > [data-first-paint] main");
        assertThat(main).isNotNull();

        assertThat(main.select("#start-report, #right-place, .prose").stream()
                        .map(found -> found.id().isEmpty() ? found.className() : found.id())
                        .toList())
                .as("the start button, then the places that help faster, then the rest of the page")
                .containsExactly("start-report", "right-place", "prose");
        assertThat(main.select("#right-place li[data-route]").eachAttr("data-route"))
                .containsExactly("danger-now", "online-sexual-abuse", "young-person-asking-for-themselves");
        assertThat(main.select("#right-place [data-route=danger-now] a").attr("href"))
                .isEqualTo("tel:999");
        assertThat(main.select("#right-place [data-route=online-sexual-abuse] a")
                        .attr("href"))
                .isEqualTo("https://www.ceop.police.uk/Safety-Centre/");
        assertThat(main.select("#right-place [data-route=young-person-asking-for-themselves] a")
                        .eachAttr("href"))
                .containsExactly("tel:08001111", "https://www.fearless.org");
        assertThat(main.select("#right-place [data-route=young-person-asking-for-themselves]")
                        .text())
                .contains("0800 1111", "You can still make a report here");
        assertThat(main.select("#right-place a[href^=https]").eachAttr("rel")).containsOnly("noreferrer");

        // links out only: every script, style, image, frame and icon the page loads is the portal's own
        for (Element loaded :
                page.select("script[src], link[href], img[src], iframe[src], source[src], object[data], embed[src]")) {
            String address = loaded.hasAttr("src")
                    ? loaded.attr("src")
                    : loaded.hasAttr("href") ? loaded.attr("href") : loaded.attr("data");
            assertThat(address)
                    .as("what %s loads", loaded.tagName())
                    .doesNotStartWith("http:")
                    .doesNotStartWith("https:")
                    .doesNotStartWith("//");
        }
        assertThat(page.select("[style*=url(http], [style*=url(//]")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
