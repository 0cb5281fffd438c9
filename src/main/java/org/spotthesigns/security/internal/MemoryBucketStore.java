package org.spotthesigns.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Buckets in this node's memory, for a single node (the embedded database set-up). Bounded, and
 * a bucket untouched for two hours is full again anyway, so it is dropped.
 */
class MemoryBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    @Override
    public boolean tryConsume(String key, long tokens, BucketConfiguration configuration) {
        return bucket(key, configuration).tryConsume(tokens);
    }

    @Override
    public void giveBack(String key, long tokens, BucketConfiguration configuration) {
        bucket(key, configuration).addTokens(tokens);
    }

    private Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> {
            var builder = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                builder.addLimit(limit);
            }
            return builder.build();
        });
    }
}
