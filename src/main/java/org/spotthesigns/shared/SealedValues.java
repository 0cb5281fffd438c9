package org.spotthesigns.shared;

import java.util.Map;

/**
 * Values a feature keeps sealed with {@link FieldCipher}: each feature that stores some declares
 * a bean of this type for its own rows, so the re-seal job and the start-up check reach every
 * sealed value without knowing whose table it is in. {@link SealedColumns} is the usual one.
 */
public interface SealedValues {

    /** What these values are, in the log and the audit trail ("contact details"). */
    String name();

    /**
     * How many stored values each key seals: every key of the keyring (0 when it seals none), and
     * any other key id found in the stored values (a key that was removed while still in use).
     */
    Map<String, Long> countByKey();

    /**
     * Re-seals, with the active key, the values of at most {@code size} rows after {@code afterId}
     * (in id order) that another key sealed, each row in its own short update. A row changed
     * meanwhile is left for the next run.
     */
    Batch resealAfter(long afterId, int size);

    /**
     * @param lastId   the last row examined, where the next batch starts
     * @param rows     rows examined; fewer than the size asked for means none are left
     * @param resealed values now sealed with the active key
     * @param failed   values that could not be opened (their key is not in the keyring)
     */
    record Batch(long lastId, int rows, int resealed, int failed) {}
}
