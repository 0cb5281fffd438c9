package org.spotthesigns.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Typed text inside the first page's inline scripts can no longer end the script early. */
class InlineScriptGuardTest {

    @Test
    void a_closing_script_tag_or_comment_inside_an_inline_script_is_written_so_it_ends_nothing() {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.body()
                .appendElement("script")
                .appendChild(new DataNode(
                        "window.initial = {\"value\":\"<script>alert(1)</SCRIPT><img src=x onerror=alert(2)><!--\"};"));

        InlineScriptGuard.guard(page);

        Document reread = Jsoup.parse(page.outerHtml());
        assertThat(reread.getElementsByTag("script")).hasSize(1);
        assertThat(reread.getElementsByTag("img")).isEmpty();
        assertThat(reread.getElementsByTag("script").first().data())
                .isEqualTo(
                        "window.initial = {\"value\":\"<script>alert(1)<\\/SCRIPT><img src=x onerror=alert(2)><\\!--\"};");
    }

    @Test
    void without_the_guard_the_same_page_would_run_the_markup() {
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.body().appendElement("script").appendChild(new DataNode("x = \"</script><img src=x onerror=alert(2)>\";"));

        assertThat(Jsoup.parse(page.outerHtml()).getElementsByTag("img")).hasSize(1);
    }

    @Test
    void scripts_loaded_from_a_file_and_harmless_ones_are_left_alone() {
        Document page = Jsoup.parse(
                "<html><head><script src=\"/scripts/exit-this-page.js\"></script></head><body></body></html>");
        page.body().appendElement("script").appendChild(new DataNode("if (a < b) { go('/x'); }"));

        InlineScriptGuard.guard(page);

        assertThat(page.getElementsByTag("script").last().data()).isEqualTo("if (a < b) { go('/x'); }");
        assertThat(page.getElementsByTag("script").first().attr("src")).isEqualTo("/scripts/exit-this-page.js");
    }
}
