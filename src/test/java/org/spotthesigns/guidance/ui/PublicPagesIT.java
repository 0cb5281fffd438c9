package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nu.validator.client.EmbeddedValidator;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.testing.NeutralSite;
import org.spotthesigns.testing.RunningPortalTest;
import org.spotthesigns.testing.SessionRecorder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every guidance page as the server sends it, as a browser without JavaScript, a screen reader on
 * a slow phone, a search engine or a shared cache reads it: a whole plain document, the same for
 * every visitor, that never starts Vaadin. What only a browser can show (what is visible, layout,
 * axe, no Vaadin request after a tap) is in {@link PublicPagesBrowserTest}.
 */
class PublicPagesIT extends RunningPortalTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    @Autowired
    GuidanceService guidance;

    @Autowired
    SessionRecorder sessions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_guidance_page_arrives_whole_with_title_heading_text_menu_emergency_number_and_exit() throws Exception {
        var pages = PublicAddresses.withHeadings(guidance, MESSAGES);
        assertThat(pages).hasSizeGreaterThan(25);
        SoftAssertions soft = new SoftAssertions();
        for (var page : pages.entrySet()) {
            String path = page.getKey();
            String heading = page.getValue();
            HttpResponse<String> response = get(path);
            Document document = Jsoup.parse(response.body());
            var frame = document.select("body > .portal");

            soft.assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
            soft.assertThat(document.title()).as("title of %s", path).isEqualTo(heading + " - Spot the Signs");
            soft.assertThat(document.select("meta[name=description]").attr("content"))
                    .as("description of %s", path)
                    .hasSizeGreaterThan(40);
            soft.assertThat(frame).as("the frame on %s", path).hasSize(1);
            soft.assertThat(frame.select("h1")).as("h1 on %s", path).hasSize(1);
            soft.assertThat(frame.select("main h1").text())
                    .as("heading of %s", path)
                    .isEqualTo(heading);
            soft.assertThat(frame.select("main").text().length())
                    .as("text on %s", path)
                    .isGreaterThan(200);
            soft.assertThat(frame.select(".portal-nav a"))
                    .as("menu on %s", path)
                    .hasSize(5);
            soft.assertThat(frame.select(".emergency-banner").text())
                    .as("emergency number on %s", path)
                    .contains("999");
            soft.assertThat(frame.select("#exit-this-page").attr("href"))
                    .as("exit link on %s", path)
                    .isEqualTo(NeutralSite.get().exitUrl());
            soft.assertThat(frame.select(".portal-footer a[href=/follow-up]"))
                    .as("follow-up link in the footer of %s", path)
                    .hasSize(1);
            if (path.equals("/help") || path.startsWith("/help/")) {
                // a young person finds someone to talk to before anything else, and how to leave no trail
                var support = frame.select("main h1 + .support-now");
                soft.assertThat(support)
                        .as("Childline and Fearless under the heading of %s", path)
                        .hasSize(1);
                soft.assertThat(support.text())
                        .as("the box on %s", path)
                        .contains("Childline", "0800 1111", "Fearless");
                soft.assertThat(support.select("a[href=tel:08001111], a[href^=https://www.childline.org.uk],"
                                + " a[href^=https://www.fearless.org]"))
                        .as("the box's links on %s", path)
                        .hasSize(3);
                if (!path.equals("/help/keep-your-visit-private")) {
                    soft.assertThat(frame.select("main a[href=/help/keep-your-visit-private]"))
                            .as("link to keeping a visit private on %s", path)
                            .isNotEmpty();
                }
            }
            // nothing the page loads by itself comes from elsewhere (links the reader follows may)
            soft.assertThat(document.select("script[src], link[href], img[src], iframe, source[src]").stream()
                            .map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
                            .map(address -> URI.create(url(path)).resolve(address))
                            .filter(address ->
                                    !url("/").startsWith(address.getScheme() + "://" + address.getAuthority() + "/")))
                    .as("what %s loads from another origin", path)
                    .isEmpty();
        }
        soft.assertAll();
    }

    /**
     * Nothing of Vaadin's page: no script or style written into the page (the policy allows only
     * the portal's own files), no token, no {@code <base>}, and so no error from the Nu HTML
     * Checker, which found five on every page while Vaadin's bootstrap carried them.
     */
    @Test
    void every_guidance_page_and_the_not_found_page_is_a_plain_document_the_html_checker_passes() throws Exception {
        Set<String> pages = new LinkedHashSet<>(
                PublicAddresses.withHeadings(guidance, MESSAGES).keySet());
        PublicAddresses.withHeadings(guidance, MESSAGES).keySet().forEach(path -> pages.add(inPolish(path)));
        pages.add("/no-such-page");
        pages.add("/xx/signs/two-phones");
        EmbeddedValidator checker = new EmbeddedValidator();
        checker.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        SoftAssertions soft = new SoftAssertions();
        for (String path : pages) {
            HttpResponse<String> response = get(path);
            Document document = Jsoup.parse(response.body());

            soft.assertThat(response.body())
                    .as("start of %s", path)
                    .startsWith("<!doctype html><html lang=\"" + (path.startsWith("/pl/") ? "pl" : "en")
                            + "\"><head><meta charset=\"utf-8\">");
            soft.assertThat(document.select("script"))
                    .as("scripts of %s", path)
                    .extracting(script -> script.attr("src"))
                    .containsExactly("/scripts/exit-this-page.js");
            soft.assertThat(document.select("script:not([src]), style, [style], base, noscript, #outlet"))
                    .as("Vaadin's bootstrap or anything inline on %s", path)
                    .isEmpty();
            soft.assertThat(document.select("link[rel=stylesheet]"))
                    .as("stylesheets of %s", path)
                    .extracting(link -> link.attr("href"))
                    .containsExactly("/styles/portal.css");
            soft.assertThat(response.body())
                    .as("%s names Vaadin or a token", path)
                    .doesNotContain("VAADIN", "_csrf", "router-ignore", "data-first-paint");
            String report =
                    checker.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            soft.assertThat(report.lines().filter(line -> line.contains("error:")))
                    .as("Nu HTML Checker errors on %s", path)
                    .isEmpty();
        }
        soft.assertAll();
    }

    /**
     * Each guidance page at its address in every other language: in that language (right to left
     * in Urdu and Arabic), naming the page in every language it is written in, with the switcher,
     * the notice that no speaker of it has checked it yet (leading to the English page), and every
     * link staying in the language, the report form and follow-up included.
     */
    @Test
    void every_guidance_page_has_an_address_in_every_language_in_that_language_with_its_switcher_and_notice()
            throws Exception {
        var pages = PublicAddresses.withHeadings(guidance, MESSAGES);
        List<String> languages = guidance.languages().stream()
                .filter(language -> !language.equals("en"))
                .sorted()
                .toList();
        assertThat(languages).contains("pl", "ur", "ar", "gu", "pa");
        SoftAssertions soft = new SoftAssertions();
        for (String language : languages) {
            ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of(language));
            boolean rightToLeft = language.equals("ur") || language.equals("ar");
            for (String english : pages.keySet()) {
                String path = "/" + language + (english.equals("/") ? "/" : english);
                HttpResponse<String> response = get(path);
                Document document = Jsoup.parse(response.body());
                var main = document.select("main");

                soft.assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
                soft.assertThat(document.select("html").attr("lang"))
                        .as("language of %s", path)
                        .isEqualTo(language);
                soft.assertThat(document.select("html").attr("dir"))
                        .as("direction of %s", path)
                        .isEqualTo(rightToLeft ? "rtl" : "");
                soft.assertThat(document.title()).as("title of %s", path).endsWith(" - Spot the Signs");
                soft.assertThat(document.select("h1")).as("h1 on %s", path).hasSize(1);
                if (!List.of("/signs", "/where-it-happens", "/help").contains(english)) {
                    // a section's own list has its heading from the interface's words
                    soft.assertThat(main.select("h1").text())
                            .as("heading of %s", path)
                            .isNotBlank()
                            .isNotEqualTo(pages.get(english));
                }
                soft.assertThat(document.select("head link[rel=alternate]"))
                        .as("other languages of %s", path)
                        .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                        .contains("en " + english, language + " " + path, "x-default " + english);
                var switcher = document.select("header .language-switcher a");
                soft.assertThat(switcher)
                        .as("language switcher on %s", path)
                        .extracting(link -> link.attr("hreflang") + " " + link.attr("lang") + " " + link.attr("href"))
                        .contains("en en " + english, language + " " + language + " " + path);
                soft.assertThat(switcher.select("[aria-current=page]").attr("hreflang"))
                        .as("the current language on %s", path)
                        .isEqualTo(language);
                var notice = main.select(".translation-notice");
                soft.assertThat(notice.text())
                        .as("notice on %s", path)
                        .contains(MESSAGES.getString("language.notice." + language));
                soft.assertThat(notice.select("a[hreflang=en]").attr("href"))
                        .as("the notice's link on %s", path)
                        .isEqualTo(english);
                soft.assertThat(document.select(".portal-nav, .portal-footer, .exit-bar"))
                        .as("the frame's words in the language on %s, not marked as English", path)
                        .isNotEmpty()
                        .noneMatch(part -> part.hasAttr("lang"));
                soft.assertThat(document.select(".exit-bar").text())
                        .as("the exit control on %s", path)
                        .contains(words.getString("site.exit"));
                soft.assertThat(document.select("body a[href^=/]:not([hreflang])").stream()
                                .map(link -> link.attr("href")))
                        .as("links on %s", path)
                        .isNotEmpty()
                        .allMatch(href -> href.startsWith("/" + language + "/"), "stay under /" + language + "/");
                soft.assertThat(document.select("a[href^=/" + language + "/report], .portal-footer a[href=/" + language
                                + "/follow-up]"))
                        .as("the report form and follow-up in the language, on %s", path)
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
        soft.assertAll();
    }

    @Test
    void english_pages_name_their_polish_address_and_show_the_switcher_without_a_notice() throws Exception {
        Document document = Jsoup.parse(get("/signs/two-phones").body());

        assertThat(document.select("html").attr("lang")).isEqualTo("en");
        assertThat(document.select("head link[rel=alternate][hreflang=pl]").attr("href"))
                .isEqualTo("/pl/signs/two-phones");
        assertThat(document.select(".language-switcher a[aria-current=page]").attr("href"))
                .isEqualTo("/signs/two-phones");
        assertThat(document.select(".language-switcher a[hreflang=pl]").attr("href"))
                .isEqualTo("/pl/signs/two-phones");
        assertThat(document.select(".translation-notice")).isEmpty();
        assertThat(document.select("body [lang]").stream()
                        .filter(element -> element.closest(".language-switcher") == null))
                .as("parts marked as in another language on an English page")
                .isEmpty();
        assertThat(Jsoup.parse(get("/pl").body()).select("main h1").text())
                .isEqualTo(
                        guidance.generalPage("home", java.util.Locale.of("pl")).title());
    }

    /** An address under a language the portal does not have, or an English page under a prefix, is not a page. */
    @Test
    void an_unknown_language_answers_404_in_english_with_the_switcher_to_every_home_page() throws Exception {
        for (String path :
                List.of("/xx/signs/two-phones", "/en/signs/two-phones", "/pl/no-such-page", "/pl/moderation")) {
            HttpResponse<String> response = get(path);
            Document document = Jsoup.parse(response.body());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(document.select("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(document.select("main h1").text()).as(path).isEqualTo(MESSAGES.getString("notfound.title"));
            assertThat(document.select("head link[rel=alternate]")).as(path).isEmpty();
            assertThat(document.select("header .language-switcher a"))
                    .as(path)
                    .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                    .contains("en /", "pl /pl/");
        }
    }

    /**
     * A reader who opens a page, then every page it links to, and every page those link to, with
     * every file they load: no response sets a cookie, and the server has no more sessions after it.
     */
    @Test
    void reading_every_guidance_page_and_following_its_links_creates_no_session() throws Exception {
        int sessionsBefore = sessions.created();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add("/");
        toVisit.add("/no-such-page");
        Set<String> seen = new LinkedHashSet<>(toVisit);
        SoftAssertions soft = new SoftAssertions();
        while (!toVisit.isEmpty()) {
            String path = toVisit.poll();
            HttpResponse<String> response = get(path);
            soft.assertThat(response.headers().allValues("Set-Cookie"))
                    .as("cookies set by %s", path)
                    .isEmpty();
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document document = Jsoup.parse(response.body(), url(path));
            for (Element link : document.select("a[href], link[href], script[src]")) {
                URI address = URI.create(link.absUrl(link.hasAttr("src") ? "src" : "href"));
                String next = address.getRawPath();
                if (url("/").startsWith(address.getScheme() + "://" + address.getAuthority() + "/")
                        && !next.matches("(/[a-z]{2,3})?/(report|follow-up)(/.*)?")
                        && seen.add(next)) {
                    toVisit.add(next);
                }
            }
        }
        soft.assertAll();

        assertThat(seen).as("pages and files visited").hasSizeGreaterThan(30);
        assertThat(sessions.created()).as("sessions created").isEqualTo(sessionsBefore);
    }

    private static String inPolish(String path) {
        return path.equals("/") ? "/pl/" : "/pl" + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
