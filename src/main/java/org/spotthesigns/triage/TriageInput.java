package org.spotthesigns.triage;

import java.util.Set;

/**
 * The answers of a report that triage rules can look at, in the spellings the rules use
 * ({@code yes}, {@code under-13}, {@code vehicle-registration}...).
 *
 * @param areas  the report's area, and for a journey the area where it ended too: an area rule
 *               matches either
 * @param text   everything the reporter wrote in their own words, already cleaned to plain text
 * @param language the language of the form the reporter used, such as {@code pl}: word rules look
 *               for its words as well as the English ones
 * @param linked the other recent reports that share a detail or a place with this one
 */
public record TriageInput(
        String dangerNow,
        String concernFor,
        String ageBand,
        Set<String> signs,
        String placeKind,
        Set<String> areas,
        String stillHappening,
        String happenedBefore,
        Set<String> detailKinds,
        String text,
        String language,
        Sending sending,
        Linked linked) {

    /**
     * How the report was sent: signals of a program or a prank, never of who sent it.
     *
     * @param similarBefore earlier reports in the repeat window with the same words
     */
    public record Sending(boolean honeypotFilled, int secondsToComplete, int linkCount, int similarBefore) {

        /** A person who took their time and wrote their own words. */
        public static final Sending BY_A_PERSON = new Sending(false, 300, 0, 0);
    }

    /**
     * How many other reports this one is linked to, and by what.
     *
     * @param reports how many other reports
     * @param by      what they share, as many kinds as there are
     */
    public record Linked(int reports, java.util.Set<LinkedBy> by) {

        public static final Linked NONE = new Linked(0, Set.of());

        public Linked {
            by = Set.copyOf(by);
        }

        public static Linked to(java.util.List<LinkedReport> links) {
            return new Linked(
                    links.size(),
                    links.stream().flatMap(link -> link.by().stream()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    public TriageInput {
        signs = Set.copyOf(signs);
        areas = Set.copyOf(areas);
        detailKinds = Set.copyOf(detailKinds);
    }

    /** A report sent the ordinary way, by a person, linked to no other. */
    public TriageInput(
            String dangerNow,
            String concernFor,
            String ageBand,
            Set<String> signs,
            String placeKind,
            String area,
            String stillHappening,
            String happenedBefore,
            Set<String> detailKinds,
            String text) {
        this(
                dangerNow,
                concernFor,
                ageBand,
                signs,
                placeKind,
                Set.of(area),
                stillHappening,
                happenedBefore,
                detailKinds,
                text,
                "en",
                Sending.BY_A_PERSON,
                Linked.NONE);
    }

    public boolean dangerNowConfirmed() {
        return "yes".equals(dangerNow);
    }

    public boolean selfReferral() {
        return "myself".equals(concernFor);
    }
}
