package org.spotthesigns.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;

/**
 * What the moderators' queue lists and searches a report by, as the reporter gave it: never the
 * contact details.
 *
 * @param journeyToArea where a journey ended, by area; null when it was no journey
 * @param noticed  what the reporter noticed, in full
 * @param location where exactly, in the reporter's words (may be empty)
 * @param dangerNow whether the reporter said someone is in danger now: the queue flags it
 * @param ageBand  how old the person at risk seemed: the queue flags under 13
 * @param signs    the ids of the signs the reporter ticked
 * @param language the language of the form the reporter used, such as {@code pl}: the queue filters by it
 */
public record ReportForQueue(
        ReportReference reference,
        Instant submittedAt,
        String area,
        @Nullable String journeyToArea,
        String placeKind,
        String noticed,
        String location,
        Answer dangerNow,
        AgeBand ageBand,
        List<String> signs,
        String language) {

    public ReportForQueue {
        signs = List.copyOf(signs);
    }
}
