package org.spotthesigns.security.internal;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where buckets live: {@code spotthesigns.rate-limits.store} = memory (default) or database. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "spotthesigns.rate-limits.store", havingValue = "memory", matchIfMissing = true)
    BucketStore memoryBucketStore() {
        return new MemoryBucketStore();
    }

    @Bean
    @ConditionalOnProperty(name = "spotthesigns.rate-limits.store", havingValue = "database")
    BucketStore databaseBucketStore(DataSource dataSource) {
        return new DatabaseBucketStore(dataSource);
    }
}
