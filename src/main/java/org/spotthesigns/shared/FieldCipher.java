package org.spotthesigns.shared;

import java.util.Set;

/**
 * Seals a stored value with the portal's keyring (AES-GCM, a fresh nonce each time, the tag
 * checked on every read), so a copy of the database alone gives nothing away. Every sealed value
 * names the key that sealed it: {@code v1:<key id>:<Base64 of nonce, ciphertext and tag>}, the
 * {@code v1:<key id>:} header bound to the ciphertext as associated data, so a value cannot be
 * passed off as sealed by another key. A value with no header was sealed before keys had ids (V23)
 * and is read with the key {@value #LEGACY_KEY_ID}. Security holds the keys; every feature that
 * stores a secret uses them through this.
 */
public interface FieldCipher {

    /** The id of the key configured by the single-key setting, and of values sealed before key ids. */
    String LEGACY_KEY_ID = "legacy";

    /** The header of the current format, followed by the key id and a colon. */
    String FORMAT_PREFIX = "v1:";

    /** Seals with the active key. */
    String encrypt(String plain);

    /** @throws IllegalStateException when the key is unknown or wrong, or the stored value was altered */
    String decrypt(String stored);

    /** The id of the key that sealed a stored value (read from its header, without opening it). */
    String keyId(String stored);

    /** The key that seals new values now. */
    String activeKeyId();

    /** The ids of every key this portal can open values with. */
    Set<String> keyIds();

    /**
     * The same value sealed with the active key, or {@code stored} itself when the active key
     * sealed it already.
     *
     * @throws IllegalStateException as {@link #decrypt} does
     */
    String reseal(String stored);
}
