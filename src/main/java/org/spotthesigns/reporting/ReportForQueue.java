package org.spotthesigns.reporting;

import java.time.Instant;

/**
 * What the moderators' queue lists and searches a report by, as the reporter gave it: never the
 * contact details.
 *
 * @param noticed  what the reporter noticed, in full
 * @param location where exactly, in the reporter's words (may be empty)
 */
public record ReportForQueue(ReportReference reference, Instant submittedAt, String area, String placeKind,
        String noticed, String location) {
}
