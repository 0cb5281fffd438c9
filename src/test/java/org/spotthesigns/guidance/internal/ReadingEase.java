package org.spotthesigns.guidance.internal;

import eu.crydee.syllablecounter.SyllableCounter;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The Flesch reading-ease score of English text: 206.835 - 1.015 × words per sentence -
 * 84.6 × syllables per word. 70 and above reads easily for a child of about 12; 80 and above,
 * for about 11. Headings and list items end a sentence even without a full stop, as a reader
 * pauses there.
 */
final class ReadingEase {

    private static final SyllableCounter SYLLABLES = new SyllableCounter();

    private ReadingEase() {}

    static double of(String text) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : text.split("\\R")) {
            BreakIterator sentence = BreakIterator.getSentenceInstance(Locale.UK);
            sentence.setText(line);
            for (int start = sentence.first(), end = sentence.next();
                    end != BreakIterator.DONE;
                    start = end, end = sentence.next()) {
                int wordsBefore = words;
                BreakIterator word = BreakIterator.getWordInstance(Locale.UK);
                String part = line.substring(start, end);
                word.setText(part);
                for (int from = word.first(), to = word.next(); to != BreakIterator.DONE; from = to, to = word.next()) {
                    String candidate = part.substring(from, to);
                    if (candidate.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        words++;
                        syllables += candidate.chars().allMatch(Character::isLetter)
                                ? Math.max(1, SYLLABLES.count(candidate.toLowerCase(Locale.UK)))
                                : 1;
                    }
                }
                if (words > wordsBefore) {
                    sentences++;
                }
            }
        }
        if (words == 0) {
            throw new IllegalArgumentException("no words to score");
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }
}
