package org.spotthesigns.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.internal.ContentReleaseRecord;
import org.spotthesigns.guidance.internal.ContentReleaseRepository;
import org.spotthesigns.testing.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production profile on a real PostgreSQL: the same migrations and the same code.
 */
@OnPostgres
class PostgresProfileIntegrationTest {

    @Autowired
    ContentReleaseRepository repository;

    @Autowired
    Flyway flyway;

    @Autowired
    GuidanceService guidance;

    @Test
    void the_migrations_are_applied_on_postgresql() throws SQLException {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().current()).isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void a_content_release_survives_a_round_trip_through_postgresql() {
        String fingerprint = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        Instant published = Instant.now().truncatedTo(ChronoUnit.MICROS);

        ContentReleaseRecord saved = repository.saveAndFlush(new ContentReleaseRecord(fingerprint, published, 42));
        try {
            ContentReleaseRecord read =
                    repository.findByFingerprint(fingerprint).orElseThrow();
            assertThat(read.getId()).isEqualTo(saved.getId());
            assertThat(read.getFirstPublished()).isEqualTo(published);
            assertThat(read.getFileCount()).isEqualTo(42);
        } finally {
            repository.delete(saved);
        }
    }

    @Test
    void the_portal_publishes_its_content_on_postgresql() {
        assertThat(repository.findByFingerprint(guidance.currentRelease().fingerprint()))
                .isPresent();
    }
}
