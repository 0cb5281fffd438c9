package org.spotthesigns.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The single key of deployments from before the keyring; it joins the keyring with the id
 * {@code legacy} (see {@link KeyProperties}).
 *
 * @param key                Base64 of a 256-bit AES key
 * @param developmentKeyFile where a development key is created when no key is configured at all;
 *                           left empty in production, so a missing key stops start-up instead
 */
@ConfigurationProperties("spotthesigns.contact-details")
public record ContactDetailsProperties(
        @Nullable String key, @Nullable String developmentKeyFile) {}
