package org.spotthesigns.security.internal;

import io.github.bucket4j.BucketConfiguration;

/**
 * Where token buckets live: in this node's memory, or in the database shared by all nodes. Each
 * operation is atomic on its bucket, so requests at the same moment cannot take the same token.
 */
public interface BucketStore {

    /** Takes {@code tokens} if there are that many; otherwise takes nothing. */
    boolean tryConsume(String key, long tokens, BucketConfiguration configuration);

    /** Puts back what was taken for something that did not happen; never beyond the bucket's capacity. */
    void giveBack(String key, long tokens, BucketConfiguration configuration);
}
