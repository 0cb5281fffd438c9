package org.spotthesigns.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadingEaseTest {

    @Test
    void short_words_in_short_sentences_score_high() {
        // 1 sentence, 6 words, 6 syllables
        assertThat(ReadingEase.of("The cat sat on the mat.")).isCloseTo(116.145, within(0.01));
    }

    @Test
    void long_words_in_a_long_sentence_score_low() {
        assertThat(ReadingEase.of(
                        "Organisational safeguarding responsibilities necessitate multidisciplinary collaboration."))
                .isLessThan(0);
    }

    @Test
    void a_line_break_ends_a_sentence() {
        assertThat(ReadingEase.of("Call 999\nCall 101\nTell a teacher"))
                .isEqualTo(ReadingEase.of("Call 999. Call 101. Tell a teacher."));
    }
}
