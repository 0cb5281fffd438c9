package org.spotthesigns.moderation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.spotthesigns.shared.PlainText;

/**
 * The words a report is found by in the queue, and the words of a search: lower case, accents
 * and punctuation ignored, whole words. "Silver car!" and "silver  CAR" are the same search.
 */
public final class SearchWords {

    /** Longer words are cut to this: the start of a word is enough to find it. */
    public static final int LONGEST = 40;

    private static final int MOST = 200;

    private SearchWords() {}

    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && words.size() < MOST) {
                    words.add(PlainText.cut(word, LONGEST));
                }
            }
        }
        return words;
    }
}
