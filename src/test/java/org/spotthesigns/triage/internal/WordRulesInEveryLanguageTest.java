package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotthesigns.triage.TriageOutcome.Reason;

/**
 * The shipped word rules read a report in English and in the language of the form it was sent
 * from, whole words only, in the scripts of Polish, Urdu, Arabic, Gujarati and Punjabi.
 */
class WordRulesInEveryLanguageTest {

    private static final RuleSet RULES = ShippedRules.load();

    @Test
    void a_polish_report_matches_a_polish_word() {
        assertThat(rulesMatched("pl", "Chłopak miał przy sobie NÓŻ i bał się wrócić."))
                .contains("weapon");
        assertThat(rulesMatched("pl", "Grozili mu, że coś się stanie.")).contains("violence");
    }

    @Test
    void a_polish_report_still_matches_english_words() {
        assertThat(rulesMatched("pl", "Mówili o county line i trap house w Leicester."))
                .contains("moved-between-towns");
    }

    @Test
    void an_english_report_is_not_searched_for_the_words_of_other_languages() {
        assertThat(rulesMatched("en", "He had a nóż, she said, and a چاقو")).doesNotContain("weapon");
    }

    @Test
    void a_report_in_one_language_is_not_searched_for_the_words_of_another() {
        assertThat(rulesMatched("ar", "Miał nóż")).doesNotContain("weapon");
    }

    @Test
    void an_urdu_report_matches_an_urdu_word() {
        assertThat(rulesMatched("ur", "اس لڑکے کے پاس چاقو تھا")).contains("weapon");
        // a phrase, across the spaces between its words
        assertThat(rulesMatched("ur", "انہوں نے اسے کمرے میں  بند رکھا")).contains("locked-in");
    }

    @Test
    void urdu_typed_on_an_arabic_keyboard_matches_the_same_word() {
        // Arabic yeh (ي) where Urdu writes Farsi yeh (ی)
        assertThat(rulesMatched("ur", "اس کو دھمكي دی گئی")).contains("violence");
    }

    @Test
    void an_arabic_report_matches_an_arabic_word_with_or_without_its_vowel_marks() {
        assertThat(rulesMatched("ar", "كان معه سكين")).contains("weapon");
        assertThat(rulesMatched("ar", "هدده بالسكين")).contains("weapon", "violence");
        assertThat(rulesMatched("ar", "كان معه سِكِّين")).contains("weapon");
        assertThat(rulesMatched("ar", "أغلقوا عليه الباب")).contains("locked-in");
    }

    @Test
    void a_gujarati_report_matches_a_gujarati_word() {
        assertThat(rulesMatched("gu", "તેની પાસે છરી હતી")).contains("weapon");
        assertThat(rulesMatched("gu", "તેઓએ ઘર પર કબજો કર્યો")).contains("cuckooing");
    }

    @Test
    void a_punjabi_report_matches_a_gurmukhi_word_with_or_without_its_nukta() {
        assertThat(rulesMatched("pa", "ਉਹਨਾਂ ਕੋਲ ਬੰਦੂਕ ਸੀ")).contains("weapon");
        assertThat(rulesMatched("pa", "ਮੁੰਡਾ ਜ਼ਖ਼ਮੀ ਸੀ")).contains("violence");
        assertThat(rulesMatched("pa", "ਮੁੰਡਾ ਜਖਮੀ ਸੀ")).contains("violence");
    }

    @Test
    void a_vowel_sign_after_a_word_makes_another_word() {
        // ਕੈਦ is prison; ਕੈਦੀ, with the vowel sign ੀ after it, is a prisoner, and in Gujarati the same
        assertThat(rulesMatched("pa", "ਉਹ ਕੈਦੀ ਸੀ")).doesNotContain("locked-in");
        assertThat(rulesMatched("pa", "ਉਹ ਕੈਦ ਵਿੱਚ ਸੀ")).contains("locked-in");
        assertThat(rulesMatched("gu", "તે કેદી હતો")).doesNotContain("locked-in");
        assertThat(rulesMatched("gu", "તે કેદ હતો")).contains("locked-in");
    }

    @Test
    void a_word_inside_a_longer_word_in_another_script_is_not_a_match() {
        assertThat(rulesMatched("ar", "السكينة والهدوء"))
                .as("calm, not a knife")
                .doesNotContain("weapon");
    }

    private static List<String> rulesMatched(String language, String text) {
        return RULES.evaluate(Reports.report().writtenIn(language).text(text).build()).reasons().stream()
                .map(Reason::ruleId)
                .toList();
    }
}
