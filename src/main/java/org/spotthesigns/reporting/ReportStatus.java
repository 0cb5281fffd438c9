package org.spotthesigns.reporting;

/**
 * Where a report is in the moderators' work. The reporter sees only its {@link PublicStatus}:
 * why a report was closed (a duplicate, spam) is not theirs to read.
 */
public enum ReportStatus {
    NEW(PublicStatus.RECEIVED),
    IN_REVIEW(PublicStatus.BEING_LOOKED_AT),
    REFERRED(PublicStatus.PASSED_ON),
    NO_FURTHER_ACTION(PublicStatus.CLOSED),
    DUPLICATE(PublicStatus.CLOSED),
    SPAM(PublicStatus.CLOSED);

    private final PublicStatus publicStatus;

    ReportStatus(PublicStatus publicStatus) {
        this.publicStatus = publicStatus;
    }

    public PublicStatus publicStatus() {
        return publicStatus;
    }

    /** Still being worked on: open reports are re-scored when the triage rules change. */
    public boolean isOpen() {
        return publicStatus != PublicStatus.CLOSED;
    }

    public enum PublicStatus { RECEIVED, BEING_LOOKED_AT, PASSED_ON, CLOSED }
}
