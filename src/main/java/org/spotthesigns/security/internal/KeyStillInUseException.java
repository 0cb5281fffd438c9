package org.spotthesigns.security.internal;

import java.util.Set;

/** A key was taken out of the keyring while stored values still need it: the portal does not start. */
class KeyStillInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Set<String> missing;
    private final String usage;

    KeyStillInUseException(Set<String> missing, String usage) {
        super("Stored values are sealed with " + (missing.size() == 1 ? "key " : "keys ") + String.join(", ", missing)
                + ", which the keyring no longer holds: " + usage);
        this.missing = Set.copyOf(missing);
        this.usage = usage;
    }

    Set<String> missing() {
        return missing;
    }

    String usage() {
        return usage;
    }
}
