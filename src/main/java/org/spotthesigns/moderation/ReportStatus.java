package org.spotthesigns.moderation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotthesigns.reporting.PublicStatus;

/**
 * Where a case is in the moderators' work. The reporter sees only its {@link PublicStatus}: why a
 * report was closed (a duplicate, spam) is not theirs to read.
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

    /** Still being worked on. */
    public boolean isOpen() {
        return publicStatus.isOpen();
    }

    /** Every status of a case still being worked on. */
    public static Set<ReportStatus> open() {
        return Arrays.stream(values())
                .filter(ReportStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportStatus.class)));
    }
}
