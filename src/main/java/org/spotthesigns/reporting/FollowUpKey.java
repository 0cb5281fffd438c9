package org.spotthesigns.reporting;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The secret that, with the reference, opens a report again. Shown to the reporter once and
 * stored only as a slow password hash. Sixteen characters from a 30-character alphabet give
 * about 78 bits: far beyond guessing, even before look-ups are throttled.
 */
public record FollowUpKey(String value) {

    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    public static FollowUpKey random(RandomGenerator random) {
        return new FollowUpKey(ReportReference.grouped(random, GROUPS, GROUP_LENGTH));
    }

    /** The form compared with the stored hash: case, spaces and hyphens as typed do not matter. */
    public String canonical() {
        return canonical(value);
    }

    public static String canonical(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** Never printed by accident: logs and error pages see a mask. */
    @Override
    public String toString() {
        return "FollowUpKey[****]";
    }
}
