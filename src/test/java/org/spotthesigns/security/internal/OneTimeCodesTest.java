package org.spotthesigns.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes match RFC 6238's own test values, and a code is good once, within a step either way. */
class OneTimeCodesTest {

    /** The RFC's SHA-1 secret, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codes_are_those_of_rfc_6238() {
        // the RFC gives eight digits; authenticator apps show the last six
        assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
        assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000)))
                .isEqualTo("279037");
    }

    @Test
    void a_code_from_the_step_before_or_after_is_accepted_and_one_further_away_is_not() {
        Instant now = Instant.ofEpochSecond(1111111109);

        assertThat(OneTimeCodes.verify(RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, now.minusSeconds(30)), now, 0))
                .isPresent();
        assertThat(OneTimeCodes.verify(RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, now.plusSeconds(30)), now, 0))
                .isPresent();
        assertThat(OneTimeCodes.verify(RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, now.minusSeconds(90)), now, 0))
                .isEmpty();
    }

    @Test
    void a_code_is_good_only_once() {
        Instant now = Instant.ofEpochSecond(1111111109);
        String code = OneTimeCodes.codeAt(RFC_SECRET, now);
        long step = OneTimeCodes.verify(RFC_SECRET, code, now, 0).orElseThrow();

        assertThat(OneTimeCodes.verify(RFC_SECRET, code, now, step)).isEmpty();
    }

    @Test
    void a_pasted_code_with_spaces_is_read_and_anything_else_is_refused() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(OneTimeCodes.verify(RFC_SECRET, " 287 082 ", now, 0)).isPresent();
        assertThat(OneTimeCodes.verify(RFC_SECRET, "28708", now, 0)).isEmpty();
        assertThat(OneTimeCodes.verify(RFC_SECRET, "287082<script>", now, 0)).isEmpty();
    }

    @Test
    void each_new_secret_is_different_and_made_for_authenticator_apps() {
        String secret = OneTimeCodes.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(OneTimeCodes.newSecret());
        assertThat(OneTimeCodes.enrolmentUri("Spot the Signs", "alice", secret))
                .isEqualTo("otpauth://totp/Spot%20the%20Signs:alice?secret=" + secret
                        + "&issuer=Spot%20the%20Signs&algorithm=SHA1&digits=6&period=30");
    }
}
