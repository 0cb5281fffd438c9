package org.spotthesigns.security.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets in PostgreSQL (table {@code rate_limit_bucket}), so every node behind the load balancer
 * counts against the same allowance. Rows expire when their bucket would be full again.
 * A bucket's row also holds the configuration it was made with, which Bucket4j keeps using: so the
 * keys carry the configured limit ({@code RateLimits}), and a changed limit counts in new rows.
 */
class DatabaseBucketStore implements BucketStore {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseBucketStore(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .build();
    }

    @Override
    public boolean tryConsume(String key, long tokens, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration).tryConsume(tokens);
    }

    @Override
    public void giveBack(String key, long tokens, BucketConfiguration configuration) {
        buckets.builder().build(key, () -> configuration).addTokens(tokens);
    }

    /** Deletes buckets that are full again; safe to run on several nodes at once (SKIP LOCKED). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1000);
            removed += batch;
        } while (batch == 1000);
        return removed;
    }
}
