package org.spotthesigns.reporting;

/**
 * What a reporter is told about their report on the follow-up page. Moderation decides it and
 * says so with {@link PublicStatusChanged}; why a report was closed (a duplicate, spam) is not the
 * reporter's to read, so every closing status is {@link #CLOSED} here.
 */
public enum PublicStatus {
    RECEIVED,
    BEING_LOOKED_AT,
    PASSED_ON,
    CLOSED;

    /** Still being worked on: triage re-scores only these when its rules change. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
