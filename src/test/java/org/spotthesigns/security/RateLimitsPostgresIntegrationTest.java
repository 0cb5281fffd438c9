package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.internal.BucketStores;
import org.spotthesigns.testing.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;

/** Allowances kept in PostgreSQL, where they outlive a restart of the portal. */
@OnPostgres
class RateLimitsPostgresIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_lower_limit_applies_to_buckets_stored_before_the_restart() {
        String client = UUID.randomUUID().toString();
        RateLimits before = started(10);
        for (int i = 0; i < 3; i++) {
            assertThat(before.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
        }

        RateLimits after = started(2);

        assertThat(after.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
        assertThat(after.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
        assertThat(after.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isFalse();
    }

    @Test
    void a_higher_limit_applies_to_buckets_stored_before_the_restart() {
        String client = UUID.randomUUID().toString();
        RateLimits before = started(2);
        before.tryConsume(RateLimit.REPORTS_PER_CLIENT, client);
        before.tryConsume(RateLimit.REPORTS_PER_CLIENT, client);
        assertThat(before.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isFalse();

        RateLimits after = started(4);

        assertThat(after.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
    }

    @Test
    void what_is_given_back_is_shared_by_every_node() {
        String client = UUID.randomUUID().toString();
        RateLimits one = started(1);
        RateLimits other = started(1);
        assertThat(one.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
        assertThat(other.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isFalse();

        one.giveBack(RateLimit.REPORTS_PER_CLIENT, client);

        assertThat(other.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)).isTrue();
    }

    /** A node starting with {@code reportsPerClient} as its configured limit, on the shared table. */
    private RateLimits started(int reportsPerClient) {
        return new RateLimits(
                BucketStores.inDatabase(dataSource),
                new RateLimitProperties(
                        "database", "for the shared test database only", reportsPerClient, 100000, 30, 5, 20, 10, 30),
                new SimpleMeterRegistry());
    }
}
