package org.spotthesigns.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts reporters' contact details.
 *
 * @param key                Base64 of a 256-bit AES key; required in production
 * @param developmentKeyFile where a development key is created when no key is configured; left
 *                           empty in production, so a missing key stops start-up instead
 */
@ConfigurationProperties("spotthesigns.contact-details")
public record ContactDetailsProperties(
        @Nullable String key, @Nullable String developmentKeyFile) {}
