package org.spotthesigns.security.internal;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the portal takes requests, every key that seals a stored value must be in the keyring:
 * a key removed too early stops start-up with what to do, rather than failing later when a
 * moderator opens a report or signs in. Logs how many values each key seals.
 */
@Component
class KeysInUseCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeysInUseCheck.class);

    private final KeysInUse keys;

    KeysInUseCheck(KeysInUse keys) {
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Map<String, Long>> counts = keys.countAndPublish();
        Set<String> missing = keys.missing(counts);
        if (!missing.isEmpty()) {
            throw new KeyStillInUseException(missing, keys.describe(counts));
        }
        log.info("Sealed values: {}", keys.describe(counts));
    }
}
