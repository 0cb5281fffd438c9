package org.spotthesigns.reporting;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short reference a reporter writes down, such as {@code K7M-4QX-9TD}: nine characters from
 * an alphabet with no 0/O, 1/I/L or U, so it survives being read out over a phone or copied by
 * hand. It names a report but opens nothing on its own; the follow-up key does that.
 */
public record ReportReference(String value) {

    /** Digits and capitals that cannot be mistaken for one another. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 3;

    public ReportReference {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a report reference: " + value);
        }
    }

    public static ReportReference random(RandomGenerator random) {
        return new ReportReference(grouped(random, GROUPS, GROUP_LENGTH));
    }

    /** What a person typed: lower case, spaces and missing hyphens are forgiven. */
    public static Optional<ReportReference> parse(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != GROUPS * GROUP_LENGTH) {
            return Optional.empty();
        }
        String value = compact.substring(0, 3) + "-" + compact.substring(3, 6) + "-" + compact.substring(6);
        return isWellFormed(value) ? Optional.of(new ReportReference(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.matches("[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}");
    }

    /** Random characters from {@link #ALPHABET} in hyphen-separated groups. */
    static String grouped(RandomGenerator random, int groups, int length) {
        StringBuilder text = new StringBuilder();
        for (int group = 0; group < groups; group++) {
            if (group > 0) {
                text.append('-');
            }
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    /** A generator fit for secrets and identifiers that must not be guessed. */
    public static RandomGenerator strongRandom() {
        return new SecureRandom();
    }
}
