package org.spotthesigns.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever a content file holds, what reaches the page is inert. */
class GuidanceMarkdownTest {

    private final GuidanceMarkdown markdown = new GuidanceMarkdown();

    @Test
    void markdown_becomes_headings_lists_and_links() {
        GuidanceMarkdown.Rendered rendered = markdown.render("## Why\n\n- one\n- [two](/signs)\n");

        assertThat(rendered.html())
                .isEqualTo(
                        "<h2>Why</h2>\n<ul><li>one</li><li><a href=\"/signs\" rel=\"noreferrer\">two</a></li></ul>\n");
        assertThat(rendered.text()).contains("Why", "one", "two");
        assertThat(rendered.problems()).isEmpty();
    }

    @Test
    void script_links_are_removed_but_their_words_kept() {
        String html = markdown.render("[click](javascript:alert(1)) and [mail](mailto:a@b.example)")
                .html();

        assertThat(html).doesNotContain("javascript").contains("click").contains("href=\"mailto:a&#64;b.example\"");
    }

    @Test
    void phone_links_are_kept() {
        assertThat(markdown.render("[Call 999](tel:999)").html())
                .contains("<a href=\"tel:999\" rel=\"noreferrer\">Call 999</a>");
    }

    @Test
    void the_policy_strips_scripts_handlers_styles_and_frames() {
        String hostile = "<p onclick=\"steal()\" style=\"color:red\">Hi<script>steal()</script>"
                + "<img src=x onerror=steal()><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"https://example.org\" target=\"_blank\">ok</a></p>";

        String clean = GuidanceMarkdown.POLICY.sanitize(hostile);

        assertThat(clean)
                .doesNotContain("script", "onclick", "onerror", "style", "img", "iframe", "steal", "_blank")
                .contains("<p>Hi", "href=\"https://example.org\"", "rel=\"noreferrer\"");
    }

    @Test
    void raw_html_is_reported_as_a_problem_with_its_line() {
        GuidanceMarkdown.Rendered rendered = markdown.render("Line one.\n\n<div>block</div>\n");

        assertThat(rendered.problems())
                .extracting(GuidanceMarkdown.Problem::bodyLine)
                .containsExactly(3);
        assertThat(rendered.html()).doesNotContain("<div>");
    }
}
