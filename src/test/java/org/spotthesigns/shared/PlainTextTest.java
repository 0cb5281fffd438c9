package org.spotthesigns.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void ordinary_words_pass_unchanged() {
        assertThat(PlainText.clean("Two lads, about 14, outside Costa at 3pm.")).isEqualTo("Two lads, about 14, outside Costa at 3pm.");
    }

    @Test
    void scripts_and_markup_are_removed_but_the_words_between_tags_stay() {
        assertThat(PlainText.clean("<script>alert('x')</script>He said <b>run</b><img src=x onerror=alert(1)>"))
                .isEqualTo("He said run");
    }

    @Test
    void characters_that_look_like_markup_survive_as_text() {
        assertThat(PlainText.clean("a < b & c > d \"quoted\" 'single'")).isEqualTo("a < b & c > d \"quoted\" 'single'");
    }

    @Test
    void spreadsheet_formulas_stay_as_typed_text_for_the_exporter_to_neutralise() {
        assertThat(PlainText.clean("=HYPERLINK(\"http://x\")")).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void control_and_direction_changing_characters_are_removed() {
        assertThat(PlainText.clean("abc\u0000\u0007def\u202Egnp\u200Bx\uFEFF")).isEqualTo("abcdefgnpx");
    }

    @Test
    void line_breaks_are_kept_and_runs_of_blank_lines_shortened() {
        assertThat(PlainText.clean("  one\r\ntwo   \n\n\n\n\nthree  ")).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void text_is_normalised_so_the_same_letters_compare_equal() {
        String decomposed = "Zoe\u0301";
        assertThat(PlainText.clean(decomposed)).isEqualTo("Zo\u00e9");
    }

    @Test
    void length_counts_what_a_person_sees() {
        assertThat(PlainText.length("caf\u00e9 \uD83D\uDE97")).isEqualTo(6);
    }

    @Test
    void nothing_typed_is_empty_text() {
        assertThat(PlainText.clean(null)).isEmpty();
        assertThat(PlainText.clean("   \n ")).isEmpty();
    }
}
