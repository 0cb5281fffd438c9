package org.spotthesigns.triage;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.triage.internal.RuleSet;
import org.spotthesigns.triage.internal.RuleSetLoader;
import org.spotthesigns.triage.internal.RuleSetLoader.KnownAnswers;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The triage rules in force, read from {@code content/triage/} and checked against the answers
 * the report form offers when the portal starts. Scoring is pure: the same report and rules give
 * the same outcome, every time.
 */
@Service
public class TriageRules {

    private final RuleSet rules;
    private final TriageProperties properties;

    TriageRules(TriageProperties properties, ResourceLoader resources, GuidanceService guidance) {
        this.properties = properties;
        KnownAnswers known = new KnownAnswers(
                guidance.signs(Locale.UK).stream().map(GuidancePage::id).collect(Collectors.toSet()),
                guidance.placeKinds(Locale.UK).stream().map(Choice::id).collect(Collectors.toSet()),
                guidance.areas(Locale.UK).stream().map(Choice::id).collect(Collectors.toSet()),
                guidance.languages());
        String location = properties.rulesLocation();
        this.rules = RuleSetLoader.load(
                resources.getResource(location),
                location.replaceFirst("^classpath:", "").replaceFirst("^file:", ""),
                known);
    }

    public TriageOutcome evaluate(TriageInput report) {
        return rules.evaluate(report);
    }

    /** When a report received at {@code receivedAt} with this priority becomes overdue. */
    public Instant deadline(Priority priority, Instant receivedAt) {
        return receivedAt.plus(properties.deadline(priority));
    }

    /** How far back earlier reports with the same words count as repeats. */
    public java.time.Duration repeatWindow() {
        return rules.repeatWindow();
    }

    /** How far apart two reports may be sent and still be linked. */
    public java.time.Duration linkWindow() {
        return rules.linkWindow();
    }

    /** Whether one more link could still change this outcome's score. */
    public boolean linksCouldRaise(TriageOutcome outcome) {
        int linkPoints = outcome.reasons().stream()
                .filter(reason -> RuleSet.LINKED.equals(reason.ruleId()))
                .mapToInt(TriageOutcome.Reason::points)
                .sum();
        return linkPoints < rules.mostLinkPoints();
    }

    public String version() {
        return rules.version();
    }
}
