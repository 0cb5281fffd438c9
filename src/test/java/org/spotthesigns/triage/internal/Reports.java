package org.spotthesigns.triage.internal;

import java.util.HashSet;
import java.util.Set;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.TriageInput;

/** A report as triage sees it, built up answer by answer: an unremarkable report by default. */
final class Reports {

    private String dangerNow = "no";
    private String concernFor = "child";
    private String ageBand = "not-sure";
    private final Set<String> signs = new HashSet<>();
    private String placeKind = "street-or-park";
    private final Set<String> areas = new HashSet<>(Set.of("leicester"));
    private String stillHappening = "no";
    private String happenedBefore = "no";
    private final Set<String> details = new HashSet<>();
    private String text = "";
    private String language = "en";
    private TriageInput.Sending sending = TriageInput.Sending.BY_A_PERSON;
    private TriageInput.Linked linked = TriageInput.Linked.NONE;

    static Reports report() {
        return new Reports();
    }

    /** Where it happened: one area, or a journey's start and end. */
    Reports in(String... journeyAreas) {
        areas.clear();
        areas.addAll(Set.of(journeyAreas));
        return this;
    }

    Reports dangerNow(String answer) {
        dangerNow = answer;
        return this;
    }

    Reports concernFor(String answer) {
        concernFor = answer;
        return this;
    }

    Reports age(String band) {
        ageBand = band;
        return this;
    }

    Reports sign(String... ids) {
        signs.addAll(Set.of(ids));
        return this;
    }

    Reports place(String kind) {
        placeKind = kind;
        return this;
    }

    Reports stillHappening(String answer) {
        stillHappening = answer;
        return this;
    }

    Reports happenedBefore(String answer) {
        happenedBefore = answer;
        return this;
    }

    Reports detail(String... kinds) {
        details.addAll(Set.of(kinds));
        return this;
    }

    Reports text(String words) {
        text = words;
        return this;
    }

    /** Sent from the form in this language, such as {@code pl}. */
    Reports writtenIn(String code) {
        language = code;
        return this;
    }

    Reports sentAs(TriageInput.Sending how) {
        sending = how;
        return this;
    }

    Reports linkedTo(int reports, LinkedBy... by) {
        linked = new TriageInput.Linked(reports, Set.of(by));
        return this;
    }

    TriageInput build() {
        return new TriageInput(
                dangerNow,
                concernFor,
                ageBand,
                signs,
                placeKind,
                areas,
                stillHappening,
                happenedBefore,
                details,
                text,
                language,
                sending,
                linked);
    }

    @Override
    public String toString() {
        return build().toString();
    }
}
