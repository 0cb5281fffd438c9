package org.spotthesigns.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/**
 * What triage may look at in a stored report: the answers, the details given about the people
 * involved, the reporter's own words (already cleaned), and never the reporter's contact details.
 *
 * @param area          the area of the report's town, or of the journey's start
 * @param journeyToArea the area where a journey ended; null when it was no journey
 * @param location      where exactly, in the reporter's words (may be empty)
 * @param language the language of the form the reporter used, such as {@code pl}: word rules
 *                 read its words besides the English ones
 * @param open     still being worked on by moderators
 */
public record ReportForTriage(
        ReportReference reference,
        Instant submittedAt,
        Answer dangerNow,
        ConcernFor concernFor,
        AgeBand ageBand,
        Set<String> signs,
        String placeKind,
        String area,
        @Nullable String journeyToArea,
        String location,
        Answer stillHappening,
        Answer happenedBefore,
        List<Detail> details,
        String words,
        String language,
        SpamSignals spam,
        boolean open) {

    /**
     * What the form recorded about how the report was sent.
     *
     * @param similarBefore how many earlier reports, within the window triage asked about, hold
     *                      the same words (ignoring case, spacing and punctuation)
     */
    public record SpamSignals(boolean honeypotFilled, int secondsToComplete, int linkCount, int similarBefore) {}

    public ReportForTriage {
        signs = Set.copyOf(signs);
        details = List.copyOf(details);
    }

    /** Every area the report happened in: its own, and the journey's end when there was one. */
    public Set<String> areas() {
        Set<String> areas = new java.util.LinkedHashSet<>();
        areas.add(area);
        if (journeyToArea != null) {
            areas.add(journeyToArea);
        }
        return Set.copyOf(areas);
    }

    /**
     * The kinds of detail given. A vehicle counts as {@link DetailKind#VEHICLE_REGISTRATION} only
     * when its registration was given: a colour or a make alone describes, but finds no one.
     */
    public Set<DetailKind> detailKinds() {
        return details.stream()
                .filter(detail -> !detail.value().isEmpty())
                .map(Detail::kind)
                .collect(Collectors.toSet());
    }
}
