package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.spotthesigns.testing.RunningPortalTest;

/**
 * A step of the form opened cold (a new visitor, no draft) arrives with its question in the first
 * response, as plain controls that work before Vaadin starts, and holds Vaadin back until the
 * first interaction (decision record 0029).
 */
class ReportStepFirstPaintIT extends RunningPortalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_first_step_arrives_with_its_question_choices_step_count_back_link_and_continue() throws Exception {
        HttpResponse<String> response = get("/report/danger");
        Document page = Jsoup.parse(response.body());
        Element main = page.selectFirst("body > [data-first-paint] main");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(main).isNotNull();
        assertThat(page.title()).isEqualTo("Is anyone in danger right now? - Spot the Signs");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(main.select("a.back-link").attr("href")).isEqualTo("/report");
        assertThat(main.select(".step-count").text()).isEqualTo("Step 1 of 7");
        assertThat(main.select("h1#step-heading").text()).isEqualTo("Is anyone in danger right now?");
        Element question = main.selectFirst("fieldset[data-twin=dangerNow]");
        assertThat(question).isNotNull();
        assertThat(question.attr("aria-labelledby")).isEqualTo("step-heading");
        assertThat(question.select("input[type=radio]")).hasSize(3);
        assertThat(question.select("label").eachText()).containsExactly("Yes", "No", "I'm not sure");
        assertThat(question.select("input[type=radio]").eachAttr("id"))
                .as("each choice named by its own label")
                .containsExactlyElementsOf(question.select("label").eachAttr("for"));
        assertThat(main.select("#call-999").hasAttr("hidden")).isTrue();
        assertThat(main.select("details[data-twin=elsewhere] summary").text()).isNotBlank();
        assertThat(main.select("button[data-twin=continue]").text()).isEqualTo("Continue");
        assertThat(main.select("vaadin-radio-group, vaadin-button, vaadin-details"))
                .as("Vaadin's elements, which draw nothing before Vaadin starts")
                .isEmpty();
        assertThat(page.select("head script[type=module][src*=VAADIN/build/]"))
                .as("Vaadin's script, loaded at once")
                .isEmpty();
        assertThat(page.select("script[src=/scripts/start-vaadin.js]").attr("data-when"))
                .isEqualTo("interaction");
        assertThat(page.select("h1#step-heading + noscript .no-script").text()).contains("999");
    }

    @Test
    void a_later_step_opened_cold_arrives_with_its_questions_as_the_form_would_show_them() throws Exception {
        HttpResponse<String> response = get("/report/where");
        Element main = Jsoup.parse(response.body()).selectFirst("body > [data-first-paint] main");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(main).isNotNull();
        assertThat(main.select("a.back-link").attr("href")).isEqualTo("/report/what");
        assertThat(main.select(".step-count").text()).isEqualTo("Step 4 of 7");
        assertThat(main.select("fieldset[data-twin=placeKind] > legend").text()).isNotBlank();
        assertThat(main.select("fieldset[data-twin=placeKind] input[type=radio]"))
                .hasSizeGreaterThan(5);
        assertThat(main.select("[data-twin=town] input[type=text]")).hasSize(1);
        assertThat(main.select("[data-twin=journeyTo]").hasAttr("hidden"))
                .as("the journey's end, shown once it is a journey")
                .isTrue();
        assertThat(main.select("[data-twin=postcodeDistrict] .plain-hint").text())
                .isNotBlank();
        assertThat(main.select("[data-twin=location] textarea")).hasSize(1);
        assertThat(main.select("button[data-twin=continue]")).hasSize(1);
    }

    @Test
    void a_step_that_comes_back_to_the_check_page_links_back_to_it() throws Exception {
        Element main = Jsoup.parse(get("/report/when?return=check").body()).selectFirst("[data-first-paint] main");

        assertThat(main).isNotNull();
        assertThat(main.select("a.back-link").attr("href")).isEqualTo("/report/check");
        assertThat(main.select("#seenOn-day")).hasSize(1);
    }

    @Test
    void a_step_at_a_languages_address_arrives_in_that_language() throws Exception {
        HttpResponse<String> response = get("/pl/report/danger");
        Document page = Jsoup.parse(response.body());
        Element main = page.selectFirst("body > [data-first-paint] main");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(main).isNotNull();
        assertThat(main.select("h1#step-heading").text()).isEqualTo("Czy ktoś jest teraz w niebezpieczeństwie?");
        assertThat(main.select(".step-count").text()).isEqualTo("Krok 1 z 7");
        assertThat(main.select("a.back-link").attr("href")).isEqualTo("/pl/report");
        assertThat(main.select("button[data-twin=continue]").text()).isEqualTo("Dalej");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
