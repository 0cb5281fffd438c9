package org.spotthesigns.security.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: six digits, a new one every 30 seconds, HMAC-SHA1), as
 * every authenticator app makes them. A code from the step before or after is accepted, for a
 * phone whose clock is a little out.
 */
public final class OneTimeCodes {

    private static final int SECRET_BYTES = 20;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {}

    /** A new secret in Base32, the form authenticator apps take. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code. */
    public static String enrolmentUri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * The time step of the code when it is right for {@code now} (give or take one step) and
     * newer than {@code lastUsedStep}; empty otherwise. Spaces in what was typed or pasted are ignored.
     */
    public static OptionalLong verify(String secret, String typed, Instant now, long lastUsedStep) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long step = now.getEpochSecond() / GENERATOR.getTimeStep().toSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (candidate > lastUsedStep
                    && MessageDigest.isEqual(
                            code(secret, candidate).getBytes(StandardCharsets.US_ASCII),
                            code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a time: what the authenticator app shows then. */
    public static String codeAt(String secret, Instant at) {
        return code(secret, at.getEpochSecond() / GENERATOR.getTimeStep().toSeconds());
    }

    private static String code(String secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                    Instant.ofEpochSecond(step * GENERATOR.getTimeStep().toSeconds()),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
