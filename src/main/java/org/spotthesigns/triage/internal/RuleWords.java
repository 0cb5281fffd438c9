package org.spotthesigns.triage.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a word rule and a reporter's text are made comparable, in every script the portal's
 * languages use: compatibility forms (NFKC), case, the curly apostrophe, and the letters of the
 * Arabic script that Urdu and Arabic keyboards write differently are folded the same way on both
 * sides, and a word is whole when no letter, mark or digit touches either end.
 */
final class RuleWords {

    /**
     * What people type or leave out at will without meaning another word: joiners, the soft
     * hyphen, Arabic vowel marks and the tatweel that only stretches a word, and the Gurmukhi and
     * Gujarati nukta and Gurmukhi addak (ਜ਼ is often written ਜ, ਕੁੱਟਿਆ often ਕੁਟਿਆ).
     */
    private static final Pattern IGNORED =
            Pattern.compile("[\\u200C\\u200D\\u00AD\\u0640\\u064B-\\u065F\\u0670\\u0A3C\\u0A71\\u0ABC]");

    /** Letters, the marks of Indic and Arabic scripts (vowel signs, nukta) and digits all belong to a word. */
    private static final String WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}]";

    private RuleWords() {}

    /** The text as rules compare it. */
    static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = IGNORED.matcher(folded).replaceAll("");
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            letters.append(fold(folded.charAt(i)));
        }
        return letters.toString();
    }

    /** A word or phrase found whole in comparable text; the spaces of a phrase match any spacing. */
    static Pattern whole(String word) {
        return Pattern.compile("(?<!" + WORD_CHARACTER + ")"
                + Pattern.quote(comparable(word)).replace(" ", "\\E\\s+\\Q")
                + "(?!" + WORD_CHARACTER + ")");
    }

    /**
     * One spelling for letters written two ways: Arabic kaf and yeh and Urdu's keheh and Farsi
     * yeh, the Urdu heh goal and the Arabic heh, alef with hamza or madda and bare alef, the
     * Urdu bari ye and yeh, the curly apostrophe and the straight one.
     */
    private static char fold(char c) {
        return switch (c) {
            case '\u2019' -> '\'';
            case '\u0643' -> '\u06A9'; // ك -> ک
            case '\u064A', '\u0649', '\u06D2', '\u06D3' -> '\u06CC'; // ي ى ے ۓ -> ی
            case '\u06C1', '\u06C2', '\u06C3', '\u0629' -> '\u0647'; // ہ ۂ ۃ ة -> ه
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // آ أ إ ٱ -> ا
            default -> c;
        };
    }
}
