package org.spotthesigns.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spotthesigns.reporting.ReportForTriage;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.triage.internal.TriageOutcomeRecord;
import org.spotthesigns.triage.internal.TriageOutcomeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triages stored reports and keeps every outcome: the newest is in force, the rest show how the
 * priority came to be what it is.
 */
@Service
public class TriageService {

    private final TriageRules rules;
    private final ReportService reports;
    private final TriageOutcomeRepository outcomes;
    private final Clock clock;

    TriageService(TriageRules rules, ReportService reports, TriageOutcomeRepository outcomes, Clock clock) {
        this.rules = rules;
        this.reports = reports;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Scores the report with the rules in force and stores the outcome; empty if no such report. */
    @Transactional
    public Optional<TriagedReport> triage(String reference) {
        return reports.forTriage(reference, rules.repeatWindow()).map(report -> {
            TriageOutcome outcome = rules.evaluate(input(report));
            Instant deadline = rules.deadline(outcome.priority(), report.submittedAt());
            TriageOutcomeRecord stored = outcomes.save(new TriageOutcomeRecord(reference, outcome, deadline,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
            return triaged(stored);
        });
    }

    /**
     * Re-scores every open report with the rules in force, after the rules have changed. Each
     * report keeps its earlier outcomes as history.
     *
     * @return how many reports were re-scored
     */
    public int retriageOpenReports() {
        int count = 0;
        for (String reference : reports.openReferences()) {
            if (triage(reference).isPresent()) {
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    public Optional<TriagedReport> current(String reference) {
        return history(reference).stream().findFirst();
    }

    /** Every outcome of a report, newest first. */
    @Transactional(readOnly = true)
    public List<TriagedReport> history(String reference) {
        return outcomes.findByReportReferenceOrderByTriagedAtDescIdDesc(reference).stream().map(TriageService::triaged).toList();
    }

    private static TriagedReport triaged(TriageOutcomeRecord record) {
        return new TriagedReport(record.getReportReference(), record.outcome(), record.getDeadline(), record.getTriagedAt());
    }

    /** The report's answers in the spellings the rules use: {@code NOT_SURE} is {@code not-sure}. */
    static TriageInput input(ReportForTriage report) {
        return new TriageInput(spelling(report.dangerNow()), spelling(report.concernFor()),
                spelling(report.ageBand()).replaceFirst("^age-", ""),
                report.signs(), report.placeKind(), report.area(), spelling(report.stillHappening()),
                spelling(report.happenedBefore()),
                report.detailKinds().stream().map(TriageService::spelling).collect(Collectors.toSet()), report.words(),
                new TriageInput.Sending(report.spam().honeypotFilled(), report.spam().secondsToComplete(),
                        report.spam().linkCount(), report.spam().similarBefore()));
    }

    private static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
