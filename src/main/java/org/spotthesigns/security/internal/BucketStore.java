package org.spotthesigns.security.internal;

import io.github.bucket4j.BucketConfiguration;

/** Where token buckets live: in this node's memory, or in the database shared by all nodes. */
public interface BucketStore {

    boolean tryConsume(String key, BucketConfiguration configuration);

    /** What is left, taking nothing. */
    long available(String key, BucketConfiguration configuration);
}
