package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.Prerendered.Languages;
import org.spotthesigns.shared.ReaderRoutes;

/**
 * How a document is built for a language, without content of that language: right to left for
 * Urdu and Arabic (the pages in those languages are served the same way as the Polish ones,
 * which {@link org.spotthesigns.guidance.ui.PublicPagesIT} reads over HTTP).
 */
class PlainDocumentsTest {

    private final PlainDocuments documents =
            new PlainDocuments(new ExitThisPageProperties("https://www.bbc.co.uk/weather"), List.of(new ReaderRoutes() {
                @Override
                public Optional<Prerendered> page(String path, String language) {
                    return Optional.empty();
                }

                @Override
                public Set<String> languages() {
                    return Set.of("ar", "pl", "ur", "gu", "pa");
                }
            }));

    /** Vaadin holds the current UI weakly: a collection in the middle of a page must not take it away. */
    @Test
    void a_page_is_built_in_its_language_to_the_end_whatever_the_garbage_collector_does() {
        // compiled code, unlike the interpreter's, lets go of a local variable after its last use
        for (int warm = 0; warm < 5_000; warm++) {
            documents.outsideVaadin("pl", () -> "");
            documents.inLanguage("pl", () -> "");
        }
        for (int build = 0; build < 3; build++) {
            String outside = documents.outsideVaadin("pl", () -> {
                collectGarbage();
                return com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage();
            });
            String inside = documents.inLanguage("pl", () -> {
                collectGarbage();
                return com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage();
            });
            assertThat(List.of(outside, inside)).containsOnly("pl");
        }
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    @Test
    void the_switcher_names_english_first_then_the_languages_of_leicester() {
        assertThat(documents.languages()).containsExactly("en", "pl", "gu", "pa", "ur", "ar");
    }

    @Test
    void an_urdu_page_reads_right_to_left_with_numbers_left_to_right_and_links_under_its_language() {
        Document page = urduPage(new Languages("ur", "ur", List.of("en", "ur"), false));

        assertThat(page.select("html").attr("lang")).isEqualTo("ur");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("a[href^=tel:]"))
                .isNotEmpty()
                .allMatch(link -> link.attr("dir").equals("ltr"));
        assertThat(page.select("main .page a[href*=not-your-fault]").attr("href"))
                .isEqualTo("/ur/help/not-your-fault");
        assertThat(page.select("main a[href^=/report]").attr("href")).isEqualTo("/report?sign=two-phones");
        assertThat(page.select("head link[rel=alternate]"))
                .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                .containsExactly(
                        "en /help/who-to-talk-to", "ur /ur/help/who-to-talk-to", "x-default /help/who-to-talk-to");
        assertThat(page.select(".language-switcher a[hreflang=ur]").attr("aria-current"))
                .isEqualTo("page");
        assertThat(page.select(".language-switcher a[hreflang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".language-switcher a[hreflang=ar]").attr("href"))
                .isEqualTo("/ar/help/who-to-talk-to");
        assertThat(page.select("main > .translation-notice a[hreflang=en]").attr("href"))
                .isEqualTo("/help/who-to-talk-to");
    }

    @Test
    void a_page_not_translated_yet_says_its_text_is_english_and_shows_no_notice() {
        Document page = urduPage(new Languages("ur", "en", List.of("en"), true));

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("main > .page").attr("lang")).isEqualTo("en");
        assertThat(page.select(".translation-notice")).isEmpty();
    }

    @Test
    void an_english_page_reads_left_to_right_and_keeps_its_addresses() {
        Document page = urduPage(Languages.ENGLISH);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").hasAttr("dir")).isFalse();
        assertThat(page.select("main .page a[href*=not-your-fault]").attr("href"))
                .isEqualTo("/help/not-your-fault");
        assertThat(page.select(".translation-notice")).isEmpty();
    }

    private Document urduPage(Languages languages) {
        return urduPage(documents, languages);
    }

    private static Document urduPage(PlainDocuments documents, Languages languages) {
        Div view = new Div(
                new H1("heading"),
                new Paragraph(new Anchor("tel:08001111", "0800 1111")),
                new Paragraph(new Anchor("/help/not-your-fault", "not your fault")),
                new Paragraph(new Anchor("/report?sign=two-phones", "report")));
        view.addClassName("page");
        String html = documents.document(
                view,
                "title",
                "description",
                "/help/who-to-talk-to",
                languages,
                address -> !address.startsWith("/report"));
        return Jsoup.parse(html);
    }

    @Test
    void
            the_hreflang_links_are_whole_addresses_where_the_public_origin_is_configured_and_a_bad_origin_stops_start_up() {
        PlainDocuments withOrigin = new PlainDocuments(
                new ExitThisPageProperties("https://www.bbc.co.uk/weather"),
                List.of(),
                "https://spotthesigns.example/");
        assertThat(urduPage(withOrigin, new Languages("ur", "ur", List.of("en", "ur"), false))
                        .select("head link[rel=alternate]"))
                .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                .containsExactly(
                        "en https://spotthesigns.example/help/who-to-talk-to",
                        "ur https://spotthesigns.example/ur/help/who-to-talk-to",
                        "x-default https://spotthesigns.example/help/who-to-talk-to");

        assertThat(PlainDocuments.origin(" https://spotthesigns.example/ ")).isEqualTo("https://spotthesigns.example");
        assertThat(PlainDocuments.origin("http://127.0.0.1:8100")).isEqualTo("http://127.0.0.1:8100");
        assertThat(PlainDocuments.origin("")).isEmpty();
        for (String bad :
                List.of("spotthesigns.example", "https://spotthesigns.example/signs", "javascript:alert(1)")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlainDocuments.origin(bad))
                    .as(bad)
                    .hasMessageContaining("spotthesigns.site.public-origin");
        }
    }
}
