package org.spotthesigns.reporting;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/**
 * Finds what looks like a phone number, an email address or a street address in an answer, so
 * that a reporter who chose to stay anonymous can be told before sending that an answer may say
 * who they are (their own number, their home). It only reads: nothing it is given is kept or
 * logged, and what it finds is a hint for the reporter, never a reason to refuse a report.
 *
 * <ul>
 *   <li>Phone numbers: libphonenumber's matcher, reading numbers as British ones and taking only
 *       numbers that are valid for their country ({@link Leniency#VALID}); its matcher already
 *       passes over dates and times written with slashes or colons.
 *   <li>Email addresses: each word holding an "@" is checked by Hibernate Validator's
 *       {@code @Email} rule, and must have a dot in its domain ("me@home" is not an address
 *       anyone can write to).
 *   <li>Street addresses: kept simple on purpose. A house number (up to four digits, perhaps with
 *       a letter: "12", "4a") followed by one to three name words and a street word ("Road",
 *       "Street", "Lane", "Avenue", …), as in "12 Narborough Road"; or a full postcode
 *       ("LE11 3TU"), whose last two letters are never C, I, K, M, O or V, so "M1 3pm" is not one.
 *       The name words may not be small words such as "the", "on" or "pm", so "2 lads in the
 *       street" is no address. Street words that are also everyday words ("Close", "Drive",
 *       "Way", "Walk", "Court"…) count only with a capital letter, and "St" only when no name
 *       follows it (it is also "Saint").
 * </ul>
 */
public final class IdentifyingWords {

    /** What an answer seems to hold. */
    public enum Kind {
        PHONE_NUMBER,
        EMAIL_ADDRESS,
        STREET_ADDRESS
    }

    private static final String REGION = "GB";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Messages are never read, so no expression language is needed to make them. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    /** Where a word that might be an email address ends: spaces, brackets, quotes, commas. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,;:()<>\\[\\]\"'`{}|]+");

    /** Street words that mean nothing else, in any case. */
    private static final String PLAIN_STREET_WORDS =
            "road|rd|street|lane|ln|avenue|ave|crescent|terrace|gardens|grove|mews|boulevard";

    /** Street words that are everyday words too: only as a name, with a capital letter. */
    private static final String NAMED_STREET_WORDS =
            "Close|Drive|Way|Walk|Court|Place|Square|Row|Rise|Parade|Hill|View|Green|Gate";

    /** Words that are never part of a street's name, so a number before them is a count or a time. */
    private static final String SMALL_WORDS = "the|a|an|in|on|at|of|to|by|near|down|up|off|along|across|over|"
            + "outside|behind|opposite|from|into|onto|and|or|but|that|this|those|these|then|with|pm|am|"
            + "mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times?";

    private static final String NAME_WORD = "(?!(?i:" + SMALL_WORDS + ")\\b)[\\p{L}][\\p{L}'’.-]*";

    private static final Pattern STREET_ADDRESS = Pattern.compile(
            // not a sum of money, a decimal, a time or a part of a longer number
            "(?<![£$€\\d.,:/])\\b\\d{1,4}[A-Za-z]?,?\\s+"
                    + "(?:" + NAME_WORD + "\\s+){1,3}"
                    + "(?:(?i:" + PLAIN_STREET_WORDS + ")|" + NAMED_STREET_WORDS + "|St(?!\\s+\\p{Lu}))"
                    + "(?![\\p{L}\\d])",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A full postcode, outward and inward parts: LE1 6ZZ, LE11 3TU, W1A 1AA. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private IdentifyingWords() {}

    /** What the text seems to hold, in the order of {@link Kind}; empty for plain words. */
    public static Set<Kind> in(@Nullable String text) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        if (PHONES.findNumbers(text, REGION, Leniency.VALID, Long.MAX_VALUE)
                .iterator()
                .hasNext()) {
            found.add(Kind.PHONE_NUMBER);
        }
        if (holdsEmailAddress(text)) {
            found.add(Kind.EMAIL_ADDRESS);
        }
        if (STREET_ADDRESS.matcher(text).find() || POSTCODE.matcher(text).find()) {
            found.add(Kind.STREET_ADDRESS);
        }
        return found;
    }

    /**
     * The free-text answers of a draft that seem to hold a way to find the reporter, by the key of
     * their question (as {@link AnsweredQuestions} names them), when the reporter chose to stay
     * anonymous; nothing when they left a way to be contacted, since they chose to be known.
     * Details are read for what their kind does not ask for: a phone number given as a phone
     * number detail is someone else's, asked for on purpose.
     */
    public static Map<String, Set<Kind>> inAnswers(ReportDraft draft) {
        Map<String, Set<Kind>> found = new LinkedHashMap<>();
        if (draft.isContactMe()) {
            return found;
        }
        put(found, "report.field.noticed", in(draft.getNoticed()));
        put(found, "report.field.location", in(draft.getLocation()));
        Set<Kind> inDetails = EnumSet.noneOf(Kind.class);
        for (ReportDraft.Detail detail : draft.getDetails()) {
            // every part: a vehicle's colour and make and a booking's firm are typed freely too
            Set<Kind> kinds = in(String.join(" ", detail.parts().toList()));
            kinds.removeAll(expected(detail.kind()));
            inDetails.addAll(kinds);
        }
        put(found, "report.step.details.title", inDetails);
        return found;
    }

    private static Set<Kind> expected(DetailKind kind) {
        return switch (kind) {
            case PHONE_NUMBER -> EnumSet.of(Kind.PHONE_NUMBER);
            // a social media name may be an email address, of the person the reporter worries about
            case SOCIAL_MEDIA -> EnumSet.of(Kind.EMAIL_ADDRESS);
            default -> EnumSet.noneOf(Kind.class);
        };
    }

    private static void put(Map<String, Set<Kind>> found, String questionKey, Set<Kind> kinds) {
        if (!kinds.isEmpty()) {
            found.put(questionKey, kinds);
        }
    }

    private static boolean holdsEmailAddress(String text) {
        if (text.indexOf('@') < 0) {
            return false;
        }
        for (String word : WORD_BREAKS.split(text)) {
            String candidate = trimPunctuation(word);
            int at = candidate.lastIndexOf('@');
            if (at > 0
                    && candidate.indexOf('.', at) > at + 1
                    && VALIDATOR
                            .validateValue(Candidate.class, "address", candidate)
                            .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's full stop or an exclamation after an address is not part of it. */
    private static String trimPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ".!?".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The one value Hibernate Validator is asked about. */
    private static final class Candidate {
        @Email
        @SuppressWarnings("unused")
        private @Nullable String address;
    }
}
