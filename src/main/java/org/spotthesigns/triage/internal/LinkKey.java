package org.spotthesigns.triage.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportForTriage;
import org.spotthesigns.triage.LinkedBy;

/**
 * One thing a report can be linked by, written one way however the reporter typed it: "+44 7700
 * 900 123" and "07700900123" are the same number, "ab12 cde" and "AB12CDE" the same registration,
 * "ab 123" and "AB-123" the same booking number. A vehicle links by its registration alone: its
 * colour and make describe it but are shared by too many vehicles to link reports.
 *
 * @param value the normalised value; only its hash is stored
 */
public record LinkKey(LinkedBy by, String value) {

    /** UK numbers may be written without the country code; others need it. */
    private static final String HOME_REGION = "GB";

    private static final int SHORTEST = 2;

    /**
     * Booking numbers shorter than this are not linked: a firm's short job numbers come round
     * again, and other firms use the same ones.
     */
    private static final int SHORTEST_BOOKING = 4;

    /** Every key of a report, without repeats. */
    public static Set<LinkKey> of(ReportForTriage report) {
        Set<LinkKey> keys = new LinkedHashSet<>();
        for (Detail detail : report.details()) {
            Optional<LinkKey> key = switch (detail.kind()) {
                case PHONE_NUMBER -> phoneNumber(detail.value());
                case VEHICLE_REGISTRATION ->
                    key(
                            LinkedBy.VEHICLE_REGISTRATION,
                            lettersAndDigits(detail.value()).toUpperCase(Locale.ROOT));
                case BOOKING_NUMBER -> bookingNumber(detail.value());
                case NICKNAME ->
                    key(LinkedBy.NICKNAME, lettersAndDigits(detail.value()).toLowerCase(Locale.ROOT));
                case SOCIAL_MEDIA -> Optional.empty();
            };
            key.ifPresent(keys::add);
        }
        // a journey's place words are the same place in either area it touched
        for (String area : report.areas()) {
            place(area, report.location()).ifPresent(keys::add);
        }
        return keys;
    }

    static Optional<LinkKey> phoneNumber(String written) {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            var number = phones.parse(written, HOME_REGION);
            if (phones.isPossibleNumber(number)) {
                return key(LinkedBy.PHONE_NUMBER, phones.format(number, PhoneNumberFormat.E164));
            }
        } catch (NumberParseException notANumber) {
            // compared by its digits below
        }
        String digits = written.replaceAll("\\D", "");
        return digits.length() >= 6 ? key(LinkedBy.PHONE_NUMBER, digits) : Optional.empty();
    }

    /** Letters and digits alone, in capitals: case, spaces and punctuation do not count. */
    static Optional<LinkKey> bookingNumber(String written) {
        String value = lettersAndDigits(written).toUpperCase(Locale.ROOT);
        return value.length() < SHORTEST_BOOKING ? Optional.empty() : key(LinkedBy.BOOKING_NUMBER, value);
    }

    /** The same words for the place in the same area: case, spacing and punctuation do not count. */
    static Optional<LinkKey> place(String area, String location) {
        String words = Normalizer.normalize(location, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return words.isEmpty() ? Optional.empty() : key(LinkedBy.PLACE, area + "\n" + words);
    }

    private static String lettersAndDigits(String written) {
        return Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Optional<LinkKey> key(LinkedBy by, String value) {
        return value.length() < SHORTEST ? Optional.empty() : Optional.of(new LinkKey(by, value));
    }

    /**
     * What is stored and compared: a SHA-256 of the value, so the link tables hold no second copy
     * of a registration or a phone number.
     */
    public String hash() {
        return DigestUtils.sha256Hex(by.name() + "\n" + value);
    }
}
