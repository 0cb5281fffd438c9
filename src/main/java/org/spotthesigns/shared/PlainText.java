package org.spotthesigns.shared;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every free text a person types (a reporter's answers and replies, a
 * moderator's notes, messages and reasons): kept exactly as typed, only normalised, because a
 * reporter's words are evidence. Nothing here escapes or strips markup: text that looks like
 * markup is text. It is escaped where it is shown, for the medium in question: {@code setText}
 * on screen, formula-safe and HTML-escaped cells in the CSV. The HTML sanitiser is for the
 * Markdown guidance, which is HTML, never for plain text.
 *
 * <p>Limits count what a person sees ({@link #length}, grapheme clusters), and a separate
 * ceiling counts UTF-8 bytes ({@link #bytes}), so that an answer within its limit in characters
 * still fits its database column however many code points each character takes.
 */
public final class PlainText {

    /**
     * Bytes allowed per character of a limit. A letter takes 1 to 4 bytes in UTF-8, an accented
     * cluster in Indic scripts about 9 to 12, a family emoji 25: at 16, sixty family emoji fit in
     * a 100-character answer, and only text made mostly of long emoji sequences or piles of
     * combining marks meets the byte ceiling before the character limit.
     */
    public static final int BYTES_PER_CHARACTER = 16;

    /**
     * Control characters other than line breaks and tabs, the invisible characters that can
     * reorder or hide text on a moderator's screen (bidirectional marks, embeddings, overrides
     * and isolates, zero-width spaces), and halves of surrogate pairs that no character owns.
     * The zero-width joiner stays: emoji sequences and several scripts need it.
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\t]]|[\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]|\\p{Cs}");

    private PlainText() {}

    /**
     * What a person typed, in one normal form: NFC, line breaks as {@code \n}, without control
     * or direction-changing characters, without surrounding white space. Everything else,
     * including {@code <}, {@code &} and braces, is kept as typed.
     */
    public static String clean(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        return INVISIBLE.matcher(text).replaceAll("").strip();
    }

    /** Length as a person counts it: an emoji sequence, a flag or an accented letter is one character. */
    public static int length(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * The start of a text, at most {@code units} UTF-16 units long (what a column counts on H2),
     * cut between characters as a person sees them: never through an emoji, an accented letter or
     * a surrogate pair, which would leave half a character to show or to store.
     */
    public static String cut(String text, int units) {
        if (text.length() <= units) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        return text.substring(0, characters.preceding(units + 1));
    }

    /** Size in UTF-8, the measure of the byte ceiling. */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The most UTF-8 bytes a text limited to {@code characters} may take. A column sized to it
     * holds any accepted text on H2 (which counts UTF-16 units) and PostgreSQL (which counts code
     * points): both counts are never more than the bytes. For the same reason a browser field's
     * {@code maxlength} (UTF-16 units) set to it never cuts a text the rules accept.
     */
    public static int byteCeiling(int characters) {
        return characters * BYTES_PER_CHARACTER;
    }

    /** Whether the text is within its limit in characters. */
    public static boolean withinLength(String text, int characters) {
        return length(text) <= characters;
    }

    /** Whether the text is within the byte ceiling of a limit of {@code characters}. */
    public static boolean withinBytes(String text, int characters) {
        return bytes(text) <= byteCeiling(characters);
    }
}
