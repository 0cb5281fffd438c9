package org.spotthesigns.triage;

import java.util.Set;

/** Another report linked to this one, and what they share. */
public record LinkedReport(String reference, Set<LinkedBy> by) {

    public LinkedReport {
        by = Set.copyOf(by);
    }
}
