package org.spotthesigns.security.internal;

import javax.sql.DataSource;

/** Bucket stores for tests outside Spring. */
public final class BucketStores {

    private BucketStores() {}

    public static BucketStore inMemory() {
        return new MemoryBucketStore();
    }

    /** The store every node shares, as one node would make it at start-up. */
    public static BucketStore inDatabase(DataSource dataSource) {
        return new DatabaseBucketStore(dataSource);
    }
}
