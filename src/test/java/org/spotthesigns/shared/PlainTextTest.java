package org.spotthesigns.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    /** A family: four people joined by zero-width joiners, seven code points, one character to a person. */
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

    @Test
    void ordinary_words_pass_unchanged() {
        assertThat(PlainText.clean("Two lads, about 14, outside Costa at 3pm."))
                .isEqualTo("Two lads, about 14, outside Costa at 3pm.");
    }

    @Test
    void words_that_look_like_markup_are_kept_exactly_as_typed() {
        for (String typed : new String[] {
            "He wrote <script> in the chat, then the girl left with him.",
            "x<y, age<13",
            "{{hello}}",
            "{{a}}@x.io",
            "&#60;img src=x onerror=alert(1)&#62;",
            "Tom &amp; Jerry's &lt;b&gt;",
            "<script>alert('x')</script>He said <b>run</b><img src=x onerror=alert(1)>",
            "<b></b>"
        }) {
            assertThat(PlainText.clean(typed)).as(typed).isEqualTo(typed);
        }
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
        assertThat(PlainText.clean("abc\u0000\u0007def\u202Egnp\u200Bx\uFEFF\u2067y\u061Cz"))
                .isEqualTo("abcdefgnpxyz");
    }

    @Test
    void a_lone_half_of_a_surrogate_pair_is_removed_and_whole_emoji_stay() {
        assertThat(PlainText.clean("a\uD83Db\uDE97c" + FAMILY)).isEqualTo("abc" + FAMILY);
    }

    @Test
    void line_breaks_and_blank_lines_are_kept_as_typed_in_one_form() {
        assertThat(PlainText.clean("  one\r\ntwo   \n\n\n\rthree\tfour  ")).isEqualTo("one\ntwo   \n\n\n\nthree\tfour");
    }

    @Test
    void text_is_normalised_so_the_same_letters_compare_equal() {
        String decomposed = "Zoe\u0301";
        assertThat(PlainText.clean(decomposed)).isEqualTo("Zo\u00e9");
    }

    @Test
    void length_counts_what_a_person_sees() {
        assertThat(PlainText.length("caf\u00e9 \uD83D\uDE97")).isEqualTo(6);
        assertThat(PlainText.length(FAMILY.repeat(60))).isEqualTo(60);
        // a flag is two regional indicators, a thumbs-up with a skin tone two code points, x with an accent two
        assertThat(PlainText.length("\uD83C\uDDEC\uD83C\uDDE7\uD83D\uDC4D\uD83C\uDFFDx\u0301"))
                .isEqualTo(3);
        assertThat(PlainText.length("")).isZero();
    }

    @Test
    void bytes_are_counted_as_utf_8_separately_from_characters() {
        assertThat(PlainText.bytes("abc")).isEqualTo(3);
        assertThat(PlainText.bytes(FAMILY)).isEqualTo(25);
        assertThat(PlainText.byteCeiling(100)).isGreaterThanOrEqualTo(PlainText.bytes(FAMILY.repeat(60)));
    }

    @Test
    void a_cut_never_splits_what_a_person_sees_as_one_character() {
        assertThat(PlainText.cut("abc", 5)).isEqualTo("abc");
        assertThat(PlainText.cut("ab" + FAMILY, 5)).isEqualTo("ab");
        assertThat(PlainText.cut("ab" + FAMILY + "c", 13)).isEqualTo("ab" + FAMILY);
        assertThat(PlainText.cut("x\u0301y", 1)).isEmpty();
        assertThat(PlainText.cut("abcdef", 3)).isEqualTo("abc");
    }

    @Test
    void nothing_typed_is_empty_text() {
        assertThat(PlainText.clean(null)).isEmpty();
        assertThat(PlainText.clean("   \n ")).isEmpty();
    }
}
