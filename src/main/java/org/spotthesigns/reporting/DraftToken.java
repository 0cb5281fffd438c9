package org.spotthesigns.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter's browser holds to find its draft again on any node: a random id and a random
 * secret, both made here and never taken from a request. The database keeps only the secret's
 * SHA-256 (the secret is 256 random bits, so a fast hash is enough), so a copy of the database
 * cannot open a draft through the form.
 */
public record DraftToken(String id, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final char SEPARATOR = '.';

    public static DraftToken random() {
        return new DraftToken(randomText(ID_BYTES), randomText(SECRET_BYTES));
    }

    /** The token in a cookie's value, or empty when it is not one this portal could have made. */
    public static Optional<DraftToken> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        String id = value.substring(0, separator);
        String secret = value.substring(separator + 1);
        return ID.matcher(id).matches() && SECRET.matcher(secret).matches()
                ? Optional.of(new DraftToken(id, secret))
                : Optional.empty();
    }

    /** The value the cookie carries: only characters a cookie may hold unquoted. */
    public String value() {
        return id + SEPARATOR + secret;
    }

    String secretHash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Never printed by accident: logs and error pages see a mask. */
    @Override
    public String toString() {
        return "DraftToken[****]";
    }
}
