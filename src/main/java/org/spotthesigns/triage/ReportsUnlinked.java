package org.spotthesigns.triage;

import java.util.Set;

/**
 * These reports were linked only to a report that has now gone (retention), so they are linked to
 * none: published in retention's transaction, so the queue's "Linked" flag goes with the link.
 */
public record ReportsUnlinked(Set<String> references) {

    public ReportsUnlinked {
        references = Set.copyOf(references);
    }
}
