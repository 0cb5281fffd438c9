package org.spotthesigns.triage;

import java.util.Set;

/**
 * The answers of a report that triage rules can look at, in the spellings the rules use
 * ({@code yes}, {@code under-13}, {@code vehicle-registration}...).
 *
 * @param text everything the reporter wrote in their own words, already cleaned to plain text
 */
public record TriageInput(
        String dangerNow,
        String concernFor,
        String ageBand,
        Set<String> signs,
        String placeKind,
        String area,
        String stillHappening,
        String happenedBefore,
        Set<String> detailKinds,
        String text,
        Sending sending) {

    /**
     * How the report was sent: signals of a program or a prank, never of who sent it.
     *
     * @param similarBefore earlier reports in the repeat window with the same words
     */
    public record Sending(boolean honeypotFilled, int secondsToComplete, int linkCount, int similarBefore) {

        /** A person who took their time and wrote their own words. */
        public static final Sending BY_A_PERSON = new Sending(false, 300, 0, 0);
    }

    public TriageInput {
        signs = Set.copyOf(signs);
        detailKinds = Set.copyOf(detailKinds);
    }

    /** A report sent the ordinary way, by a person. */
    public TriageInput(String dangerNow, String concernFor, String ageBand, Set<String> signs, String placeKind,
            String area, String stillHappening, String happenedBefore, Set<String> detailKinds, String text) {
        this(dangerNow, concernFor, ageBand, signs, placeKind, area, stillHappening, happenedBefore, detailKinds, text,
                Sending.BY_A_PERSON);
    }

    public boolean dangerNowConfirmed() {
        return "yes".equals(dangerNow);
    }

    public boolean selfReferral() {
        return "myself".equals(concernFor);
    }
}
