package org.spotthesigns.security.internal;

import java.util.List;
import org.spotthesigns.shared.FieldCipher;
import org.spotthesigns.shared.SealedColumns;
import org.spotthesigns.shared.SealedValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moderators' second-factor secrets, for the re-seal job and the start-up check of keys in use. */
@Configuration(proxyBeanMethods = false)
class SealedSecondFactors {

    @Bean
    SealedValues secondFactorSecrets(JdbcTemplate jdbc, FieldCipher cipher) {
        return new SealedColumns(
                "second-factor secrets", "moderator_account", "id", List.of("totp_secret"), jdbc, cipher);
    }
}
