package org.spotthesigns.security.internal;

/** Bucket stores for tests outside Spring. */
public final class BucketStores {

    private BucketStores() {
    }

    public static BucketStore inMemory() {
        return new MemoryBucketStore();
    }
}
