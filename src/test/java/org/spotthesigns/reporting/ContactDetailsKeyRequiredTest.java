package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.Application;
import org.spotthesigns.testing.PostgresReachable;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never invents a key for reporters' contact details: without one it does not start. */
@ExtendWith(PostgresReachable.class)
class ContactDetailsKeyRequiredTest {

    @Test
    void the_postgres_profile_refuses_to_start_without_a_configured_key() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("postgres")
                        .run(
                                "--spring.datasource.url=" + PostgresReachable.URL,
                                "--spring.datasource.username=" + PostgresReachable.USER,
                                "--spotthesigns.contact-details.key=",
                                "--spotthesigns.rate-limits.client-key-secret=for the shared test database only",
                                "--server.port=0")
                        .close())
                .rootCause()
                .hasMessageContaining("No key for reporters' contact details");
    }
}
