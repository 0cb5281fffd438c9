package org.spotthesigns.security;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keyring that seals reporters' contact details and moderators' second-factor secrets
 * (decision record 0018). Keys come from any of: a key directory (one file per key, named by its
 * id, holding the Base64 of 32 random bytes, and a file {@code active} naming the key that seals
 * new values; re-read while the portal runs), {@code spotthesigns.keys.key.<id>} with
 * {@code spotthesigns.keys.active}, and the single key of {@code spotthesigns.contact-details.key}
 * (id {@code legacy}).
 *
 * @param directory      a folder of key files, re-read every {@code reloadInterval}; none when empty
 * @param active         the id of the key that seals new values, unless the directory names one
 * @param key            keys by id (lower-case letters and digits, at most 16), Base64 of 32 bytes
 * @param reloadInterval how often the directory is read again
 * @param resealInterval how often the re-seal job looks for values sealed with another key
 * @param resealBatch    rows re-sealed per batch
 */
@ConfigurationProperties("spotthesigns.keys")
public record KeyProperties(
        @Nullable String directory,
        @Nullable String active,
        @DefaultValue Map<String, String> key,
        @DefaultValue("PT1M") Duration reloadInterval,
        @DefaultValue("PT10M") Duration resealInterval,
        @DefaultValue("100") int resealBatch) {}
