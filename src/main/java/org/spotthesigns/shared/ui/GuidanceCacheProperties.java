package org.spotthesigns.shared.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a shared cache (the load balancer's, a CDN's) may hold a guidance page. Browsers are
 * always told not to store it. 0: no cache may hold it at all.
 */
@ConfigurationProperties("spotthesigns.guidance")
record GuidanceCacheProperties(@DefaultValue("60") int sharedCacheSeconds) {

    GuidanceCacheProperties {
        if (sharedCacheSeconds < 0) {
            throw new IllegalArgumentException("spotthesigns.guidance.shared-cache-seconds must be 0 or more");
        }
    }
}
