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

    /** Every status of a report still being worked on. */
    public static java.util.Set<ReportStatus> open() {
        return java.util.Arrays.stream(values()).filter(ReportStatus::isOpen)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(ReportStatus.class)));
    }

    public enum PublicStatus { RECEIVED, BEING_LOOKED_AT, PASSED_ON, CLOSED }
}
