package org.spotthesigns.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotthesigns.reporting.ReportForTriage;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.triage.internal.LinkKey;
import org.spotthesigns.triage.internal.ReportLinks;
import org.spotthesigns.triage.internal.TriageOutcomeRecord;
import org.spotthesigns.triage.internal.TriageOutcomeRepository;
import org.spotthesigns.triage.internal.TriageTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triages stored reports and keeps every outcome: the newest is in force, the rest show how the
 * priority came to be what it is. Triage also links reports that share a detail or a place, and
 * re-scores the reports a new link raises.
 */
@Service
public class TriageService {

    private final TriageRules rules;
    private final ReportService reports;
    private final TriageOutcomeRepository outcomes;
    private final ReportLinks links;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TriageTime time;

    TriageService(
            TriageRules rules,
            ReportService reports,
            TriageOutcomeRepository outcomes,
            ReportLinks links,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ApplicationEventPublisher events,
            TriageTime time) {
        this.events = events;
        this.time = time;
        this.rules = rules;
        this.reports = reports;
        this.outcomes = outcomes;
        this.links = links;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Links the report to others that share a detail or a place, scores it with the rules in
     * force and stores the outcome, in one transaction; empty if no such report. Reports it is
     * newly linked to are re-scored too, when the link can still raise them. This is the report's
     * triage on receipt (or its retry), so its wait since receipt is timed ({@link TriageTime}).
     */
    public Optional<TriagedReport> triage(String reference) {
        return triage(reference, true);
    }

    /** @param onReceipt the report's first triage (on receipt, or retried after a failure): it is timed */
    private Optional<TriagedReport> triage(String reference, boolean onReceipt) {
        return transactions.execute(status -> {
            links.lockForTriage();
            return reports.forTriage(reference, rules.repeatWindow()).map(report -> {
                Set<String> newlyLinked =
                        links.link(reference, report.submittedAt(), LinkKey.of(report), rules.linkWindow());
                TriagedReport triaged = store(report, evaluate(report));
                newlyLinked.forEach(this::raiseByLink);
                if (onReceipt) {
                    time.triaged(report.submittedAt(), triaged.triagedAt());
                }
                return triaged;
            });
        });
    }

    /** A new link was made to this report: store a new outcome if it changes the score. */
    private void raiseByLink(String reference) {
        Optional<TriagedReport> current = current(reference);
        if (current.isEmpty() || !rules.linksCouldRaise(current.get().outcome())) {
            return; // triaged in its own turn, or links already give it all they can
        }
        reports.forTriage(reference, rules.repeatWindow())
                .filter(ReportForTriage::open)
                .ifPresent(report -> {
                    TriageOutcome outcome = evaluate(report);
                    if (!outcome.equals(current.get().outcome())) {
                        store(report, outcome);
                    }
                });
    }

    private TriageOutcome evaluate(ReportForTriage report) {
        return rules.evaluate(
                input(report, TriageInput.Linked.to(links.of(report.reference().value()))));
    }

    /**
     * Keeps the outcome in the report's history and publishes it, in the same transaction: the
     * queue takes its priority and deadline from the event, and triage never writes to another
     * feature's rows.
     */
    private TriagedReport store(ReportForTriage report, TriageOutcome outcome) {
        Instant deadline = rules.deadline(outcome.priority(), report.submittedAt());
        Instant triagedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        events.publishEvent(new ReportTriaged(
                report.reference().value(),
                outcome.priority(),
                deadline,
                outcome.suspectedSpam(),
                outcome.score(),
                outcome.ruleSetVersion(),
                triagedAt));
        return triaged(
                outcomes.save(new TriageOutcomeRecord(report.reference().value(), outcome, deadline, triagedAt)));
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
            if (triage(reference, false).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /** Deletes a report's outcomes and links, both ways: for retention, when the report itself goes. */
    @Transactional
    public void forget(String reference) {
        outcomes.deleteAll(outcomes.findByReportReferenceOrderByTriagedAtDescIdDesc(reference));
        Set<String> unlinked = links.forget(reference);
        if (!unlinked.isEmpty()) {
            events.publishEvent(new ReportsUnlinked(unlinked));
        }
    }

    @Transactional(readOnly = true)
    public Optional<TriagedReport> current(String reference) {
        return history(reference).stream().findFirst();
    }

    /** Every outcome of a report, newest first. */
    @Transactional(readOnly = true)
    public List<TriagedReport> history(String reference) {
        return outcomes.findByReportReferenceOrderByTriagedAtDescIdDesc(reference).stream()
                .map(TriageService::triaged)
                .toList();
    }

    /** The reports linked to this one and what each shares with it, by reference. */
    @Transactional(readOnly = true)
    public List<LinkedReport> links(String reference) {
        return links.of(reference);
    }

    private static TriagedReport triaged(TriageOutcomeRecord record) {
        return new TriagedReport(
                record.getReportReference(), record.outcome(), record.getDeadline(), record.getTriagedAt());
    }

    /** The report's answers in the spellings the rules use: {@code NOT_SURE} is {@code not-sure}. */
    static TriageInput input(ReportForTriage report, TriageInput.Linked linked) {
        return new TriageInput(
                spelling(report.dangerNow()),
                spelling(report.concernFor()),
                spelling(report.ageBand()).replaceFirst("^age-", ""),
                report.signs(),
                report.placeKind(),
                report.areas(),
                spelling(report.stillHappening()),
                spelling(report.happenedBefore()),
                report.detailKinds().stream().map(TriageService::spelling).collect(Collectors.toSet()),
                report.words(),
                report.language(),
                new TriageInput.Sending(
                        report.spam().honeypotFilled(),
                        report.spam().secondsToComplete(),
                        report.spam().linkCount(),
                        report.spam().similarBefore()),
                linked);
    }

    private static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
