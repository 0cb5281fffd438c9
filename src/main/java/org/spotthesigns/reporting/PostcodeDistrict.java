package org.spotthesigns.reporting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The district part of a UK postcode (its outward code, such as LE11, LE1 or PE9), the most of a
 * postcode a report keeps: a full postcode can point at a handful of homes, a district at a town.
 * The shapes and letters allowed in each position follow the UK postcode format that Royal Mail
 * publishes (BS 7666): the first letter is never Q, V or X, the second never I, J or Z, and so on.
 */
public final class PostcodeDistrict {

    private static final String DISTRICT = "(?:GIR"
            + "|[A-PR-UWYZ][0-9]{1,2}"
            + "|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
            + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
            + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])";
    /** The sector digit and unit letters after the district: "3AB" in "LE11 3AB". */
    private static final String INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}";

    private static final Pattern ONLY_DISTRICT = Pattern.compile(DISTRICT);
    /** A whole postcode, with or without its space. */
    private static final Pattern FULL = Pattern.compile("(" + DISTRICT + ") ?" + INWARD);
    /** A district and the start of the rest, as typed with a space: "LE11 3" or "LE11 3A". */
    private static final Pattern MORE_THAN_DISTRICT = Pattern.compile("(" + DISTRICT + ") [0-9][A-Z]{0,2}");

    private PostcodeDistrict() {}

    /** Capitals, single spaces, nothing around: how a postcode is compared. */
    static String normalise(@Nullable String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Whether the text is a district alone, as the report keeps it. */
    public static boolean isDistrict(@Nullable String typed) {
        return ONLY_DISTRICT.matcher(normalise(typed)).matches();
    }

    /**
     * The district of a postcode given with more than its district (a full postcode, or a district
     * and the sector after it); empty when the text is a district alone, empty, or not a postcode.
     */
    public static Optional<String> cut(@Nullable String typed) {
        String text = normalise(typed);
        for (Pattern longer : new Pattern[] {FULL, MORE_THAN_DISTRICT}) {
            Matcher matcher = longer.matcher(text);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * What the draft keeps of a typed postcode: the district when more was given, otherwise the
     * text as typed (stripped), so a mistake stays on screen for the reporter to correct.
     */
    static String keep(@Nullable String typed) {
        return cut(typed).orElse(typed == null ? "" : typed.strip());
    }

    /** What a report stores: the district in capitals, or null when none was given. */
    static @Nullable String stored(@Nullable String typed) {
        String text = normalise(keep(typed));
        return text.isEmpty() ? null : text;
    }
}
