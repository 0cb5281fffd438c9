package org.spotthesigns.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line what to do when a key was removed while stored values still need it. */
class KeyStillInUseFailureAnalyzer extends AbstractFailureAnalyzer<KeyStillInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyStillInUseException cause) {
        String keys = String.join(", ", cause.missing());
        return new FailureAnalysis(
                cause.getMessage(),
                "Put key " + keys + " back into the keyring (the key directory or spotthesigns.keys.key." + keys
                        + "), start the portal, let the re-seal job move its values to the active key until the log "
                        + "says it seals 0 values, then remove it.",
                cause);
    }
}
