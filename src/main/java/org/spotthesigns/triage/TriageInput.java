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
        String text) {

    public TriageInput {
        signs = Set.copyOf(signs);
        detailKinds = Set.copyOf(detailKinds);
    }

    public boolean dangerNowConfirmed() {
        return "yes".equals(dangerNow);
    }

    public boolean selfReferral() {
        return "myself".equals(concernFor);
    }
}
