package org.spotthesigns.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes whatever a person typed safe to store, show and export as plain text. Every free-text
 * answer passes through here before it is checked or kept; it is then only ever shown as text,
 * never as markup.
 */
public final class PlainText {

    /** The sanitiser with nothing allowed: markup and scripts go, the words between tags stay. */
    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

    /**
     * Control characters other than line breaks and tabs, and the invisible characters that can
     * reorder or hide text on a moderator's screen (bidirectional overrides, zero-width spaces).
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

    private PlainText() {
    }

    public static String clean(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Encoding.decodeHtml(NO_MARKUP.sanitize(text), false);
        text = TRAILING_SPACES.matcher(text).replaceAll("\n");
        text = MANY_BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** Length as a person counts it: an emoji or an accented letter is one character. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
