package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.testing.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;

/** Storing reports on PostgreSQL, the production database, with rate limits shared through it. */
@OnPostgres
class ReportServicePostgresIntegrationTest extends ReportServiceContract {

    @Autowired
    RateLimits limits;

    @Test
    void rate_limits_are_counted_in_the_database_under_a_keyed_hash_never_the_address() {
        // a fresh documentation address each run: buckets in the shared test database outlive a run
        String address = "2001:db8::" + Integer.toHexString(new java.util.Random().nextInt(0xffff)) + ":"
                + Integer.toHexString(new java.util.Random().nextInt(0xffff));
        String clientKey = limits.clientKey(address);

        reports.submit(ReportDrafts.complete(Instant.now()), clientKey);

        assertThat(jdbc.queryForList(
                        "select id from rate_limit_bucket where id like 'REPORTS_PER_CLIENT:%'", String.class))
                .contains("REPORTS_PER_CLIENT:5/PT1H:" + clientKey)
                .noneMatch(id -> id.contains(address));
        assertThat(clientKey).matches("[0-9a-f]{64}");
    }
}
