package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Searches and reports are reduced to the same whole words, however they were typed. */
class SearchWordsTest {

    @Test
    void case_accents_and_punctuation_do_not_count() {
        assertThat(SearchWords.of("Silver CAR!", "near the café"))
                .containsExactly("silver", "car", "near", "the", "cafe");
        assertThat(SearchWords.of("silver  car")).isEqualTo(SearchWords.of("SILVER, car."));
    }

    @Test
    void each_word_is_kept_once_long_words_are_cut_and_nothing_is_no_words() {
        assertThat(SearchWords.of("car car CAR")).containsExactly("car");
        assertThat(SearchWords.of("x".repeat(60))).containsExactly("x".repeat(SearchWords.LONGEST));
        assertThat(SearchWords.of("  ... ", null)).isEmpty();
    }

    @Test
    void a_long_word_of_letters_beyond_the_basic_plane_is_cut_between_letters() {
        // each of these letters (CJK extension B) is two UTF-16 units: a cut at 40 units would split one
        String word = "\uD840\uDC00".repeat(15) + "a" + "\uD840\uDC01".repeat(15);

        String cut = SearchWords.of(word).iterator().next();

        assertThat(cut).hasSizeLessThanOrEqualTo(SearchWords.LONGEST).isEqualTo(word.substring(0, 39));
        assertThat(cut.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    @Test
    void markup_is_words_like_any_other() {
        assertThat(SearchWords.of("<script>alert(1)</script>")).containsExactly("script", "alert", "1");
    }
}
