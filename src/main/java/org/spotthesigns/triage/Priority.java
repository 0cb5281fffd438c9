package org.spotthesigns.triage;

/** How soon a report must be read: P1 first. */
public enum Priority {
    P1,
    P2,
    P3,
    P4;

    /** The more urgent of the two. */
    public Priority atLeast(Priority floor) {
        return ordinal() <= floor.ordinal() ? this : floor;
    }
}
