package org.spotthesigns.shared;

/**
 * Encrypts a stored value with the portal's data key (AES-GCM, a fresh nonce each time, the tag
 * checked on every read), so a copy of the database alone gives nothing away. Reporting holds
 * the key; other features use it through this.
 */
public interface FieldCipher {

    String encrypt(String plain);

    /** @throws IllegalStateException when the key is wrong or the stored value was altered */
    String decrypt(String stored);
}
