package org.spotthesigns.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal in its production profile on the PostgreSQL of these machines (database {@code test},
 * or {@code SPOTTHESIGNS_TEST_DATABASE_URL}).
 * Runs whenever that database is reachable; in CI ({@code CI=true}) an unreachable database fails
 * the test class instead of skipping it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
        properties = {
            "spring.datasource.url=${SPOTTHESIGNS_TEST_DATABASE_URL:" + OnPostgres.DEFAULT_URL + "}${"
                    + OnPostgres.FORK_SUFFIX + ":}",
            "spring.datasource.username=" + PostgresReachable.USER,
            "spring.datasource.password=",
            "spotthesigns.contact-details.key=" + PostgresReachable.TEST_KEY,
            // the shared test database keeps buckets between runs: no ceiling for everyone together
            "spotthesigns.rate-limits.reports-per-hour=100000",
            "spotthesigns.rate-limits.client-key-secret=for the shared test database only",
            // as in the test profile: the cheapest cost for follow-up key hashes
            "spotthesigns.follow-up.key-hash-strength=4"
        })
@ActiveProfiles("postgres")
@ExtendWith(PostgresReachable.class)
public @interface OnPostgres {

    String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** A system property the build sets per test fork, added to the database's name. */
    String FORK_SUFFIX = "spotthesigns.test.database-suffix";
}
