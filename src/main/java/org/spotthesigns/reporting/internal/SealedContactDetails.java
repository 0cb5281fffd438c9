package org.spotthesigns.reporting.internal;

import java.util.List;
import org.spotthesigns.shared.FieldCipher;
import org.spotthesigns.shared.SealedColumns;
import org.spotthesigns.shared.SealedValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reporters' contact details, for the re-seal job and the start-up check of keys in use. */
@Configuration(proxyBeanMethods = false)
class SealedContactDetails {

    @Bean
    SealedValues contactDetails(JdbcTemplate jdbc, FieldCipher cipher) {
        return new SealedColumns(
                "contact details",
                "report",
                "id",
                List.of("contact_name", "contact_phone", "contact_email", "contact_notes"),
                jdbc,
                cipher);
    }
}
