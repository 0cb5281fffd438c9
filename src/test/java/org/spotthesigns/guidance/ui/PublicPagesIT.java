package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.testing.NeutralSite;
import org.spotthesigns.testing.RunningPortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public page's first response, as a browser without JavaScript, a screen reader on a
 * slow phone or a search engine reads it: the whole page is there before any script runs. What
 * only a browser can show (what is visible, layout, axe) is in {@link PublicPagesBrowserTest}.
 */
class PublicPagesIT extends RunningPortalTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    @Autowired
    GuidanceService guidance;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_public_page_arrives_whole_with_title_heading_text_menu_emergency_number_and_exit() throws Exception {
        var pages = PublicAddresses.withHeadings(guidance, MESSAGES);
        assertThat(pages).hasSizeGreaterThan(25);
        SoftAssertions soft = new SoftAssertions();
        for (var page : pages.entrySet()) {
            String path = page.getKey();
            String heading = page.getValue();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            Document document = Jsoup.parse(response.body());
            // the copy a browser shows before (or without) Vaadin
            var copy = document.select("body > [data-first-paint]");

            soft.assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
            soft.assertThat(document.title()).as("title of %s", path).isEqualTo(heading + " - Spot the Signs");
            soft.assertThat(document.select("meta[name=description]").attr("content"))
                    .as("description of %s", path)
                    .hasSizeGreaterThan(40);
            soft.assertThat(copy).as("the copy on %s", path).hasSize(1);
            soft.assertThat(copy.select("h1")).as("h1 on %s", path).hasSize(1);
            soft.assertThat(copy.select("main h1").text())
                    .as("heading of %s", path)
                    .isEqualTo(heading);
            soft.assertThat(copy.select("main").text().length())
                    .as("text on %s", path)
                    .isGreaterThan(200);
            soft.assertThat(copy.select(".portal-nav a")).as("menu on %s", path).hasSize(5);
            soft.assertThat(copy.select(".emergency-banner").text())
                    .as("emergency number on %s", path)
                    .contains("999");
            soft.assertThat(copy.select("#exit-this-page").attr("href"))
                    .as("exit link on %s", path)
                    .isEqualTo(NeutralSite.get().exitUrl());
            soft.assertThat(copy.select(".portal-footer a[href=/follow-up]"))
                    .as("follow-up link in the footer of %s", path)
                    .hasSize(1);
            if (path.equals("/help") || path.startsWith("/help/")) {
                // a young person finds someone to talk to before anything else, and how to leave no trail
                var support = copy.select("main h1 + .support-now");
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
                    soft.assertThat(copy.select("main a[href=/help/keep-your-visit-private]"))
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
}
