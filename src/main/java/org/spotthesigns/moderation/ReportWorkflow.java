package org.spotthesigns.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.moderation.internal.CaseRecord;
import org.spotthesigns.moderation.internal.CaseRepository;
import org.spotthesigns.moderation.internal.CaseStatusChangeRecord.Why;
import org.spotthesigns.reporting.InvalidReportException;
import org.spotthesigns.reporting.PublicStatusChanged;
import org.spotthesigns.reporting.ReportForModeration;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What moderators do to a case: claim it, move it through its statuses, keep notes, write to
 * the reporter, set its priority. Each decision is made against the version of the case the
 * moderator saw: if another moderator changed it since, nothing is saved and they are told who and
 * what. What the portal changes on its own (triage, a reporter's reply) leaves that version alone.
 * The answers and the thread are reporting's: read through {@link ReportService}, and a message to
 * the reporter is added there, since the reporter reads it there.
 */
@Service
public class ReportWorkflow {

    public static final int NOTE_LIMIT = 4000;
    public static final int REASON_LIMIT = 2000;
    public static final int AGENCY_REFERENCE_LIMIT = 100;
    private static final Set<ReportStatus> CLOSING =
            Set.of(ReportStatus.REFERRED, ReportStatus.NO_FURTHER_ACTION, ReportStatus.DUPLICATE, ReportStatus.SPAM);

    private final CaseRepository cases;
    private final ReportService reports;
    private final GuidanceService guidance;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportWorkflow(
            CaseRepository cases,
            ReportService reports,
            GuidanceService guidance,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.reports = reports;
        this.guidance = guidance;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** The case with the report's answers and thread; empty until the case exists, or once it is deleted. */
    public Optional<ReportCase> find(String reference) {
        return transactions.execute(status -> cases.findByReference(reference)
                .flatMap(found -> reports.forModeration(reference).map(report -> reportCase(found, report))));
    }

    /** Takes the report on: one owner at a time. A new report moves to in review. */
    public ReportCase claim(String reference, long seenVersion, String moderator) {
        return change(reference, seenVersion, report -> {
            if (report.getAssignedTo() != null && !report.getAssignedTo().equals(moderator)) {
                throw new WorkflowException(report.getAssignedTo() + " has already claimed this report.");
            }
            report.claim(moderator, clock.instant());
            if (report.getStatus() == ReportStatus.NEW) {
                report.moveTo(ReportStatus.IN_REVIEW, Why.NOTHING, moderator, clock.instant());
            }
        });
    }

    /**
     * Passed to an agency, with the agency's own reference for it. Only an approved referral does
     * this ({@link ReferralService#approve}): a second moderator has checked what was sent.
     */
    ReportCase refer(String reference, long seenVersion, String moderator, String agency, String typedAgencyReference) {
        String agencyReference = PlainText.clean(typedAgencyReference);
        checkReferral(guidance, agency, agencyReference);
        return close(
                reference, seenVersion, moderator, ReportStatus.REFERRED, new Why(null, agency, agencyReference, null));
    }

    public ReportCase noFurtherAction(String reference, long seenVersion, String moderator, String typedReason) {
        String reason = PlainText.clean(typedReason);
        required(reason, REASON_LIMIT, "why no further action is needed");
        return close(
                reference, seenVersion, moderator, ReportStatus.NO_FURTHER_ACTION, new Why(reason, null, null, null));
    }

    /** The same concern as another report, which stays linked from this one. */
    public ReportCase duplicate(String reference, long seenVersion, String moderator, String typedOriginal) {
        ReportReference original = ReportReference.parse(typedOriginal)
                .filter(parsed -> !parsed.value().equals(reference) && cases.existsByReference(parsed.value()))
                .orElseThrow(() -> new WorkflowException("Give the reference of the other report this one repeats."));
        return close(
                reference, seenVersion, moderator, ReportStatus.DUPLICATE, new Why(null, null, null, original.value()));
    }

    public ReportCase spam(String reference, long seenVersion, String moderator) {
        return close(reference, seenVersion, moderator, ReportStatus.SPAM, Why.NOTHING);
    }

    /** Back to in review, from any closing status. */
    public ReportCase reopen(String reference, long seenVersion, String moderator) {
        return change(reference, seenVersion, report -> {
            if (!CLOSING.contains(report.getStatus())) {
                throw new WorkflowException("Only a report that was referred or closed can be reopened.");
            }
            report.moveTo(ReportStatus.IN_REVIEW, Why.NOTHING, moderator, clock.instant());
        });
    }

    /** A moderator's priority in place of triage's, with the reason, shown beside triage's reasons. */
    public ReportCase overridePriority(
            String reference, long seenVersion, String moderator, int priority, String typedReason) {
        String reason = PlainText.clean(typedReason);
        if (priority < 1 || priority > 4) {
            throw new WorkflowException("Choose a priority from P1 to P4.");
        }
        required(reason, REASON_LIMIT, "why the priority should change");
        return change(reference, seenVersion, report -> report.overridePriority(priority, reason, clock.instant()));
    }

    /** Notes never overwrite anything, so they are added whatever changed meanwhile. */
    public ReportCase addNote(String reference, String moderator, String typedNote) {
        String note = PlainText.clean(typedNote);
        required(note, NOTE_LIMIT, "the note");
        return change(reference, null, report -> report.addNote(moderator, note, clock.instant()));
    }

    /**
     * A message the reporter reads on the follow-up page, added to reporting's thread. It decides
     * nothing, so it is sent whatever changed meanwhile, and it clears the case's "reporter
     * replied" mark without counting as a change to the case.
     */
    public ReportCase sendMessage(String reference, String moderator, String typedMessage) {
        String message = PlainText.clean(typedMessage);
        required(message, ReportService.MESSAGE_LIMIT, "the message");
        return transactions.execute(status -> {
            if (!cases.existsByReference(reference)) {
                throw gone(reference);
            }
            try {
                if (!reports.answer(reference, moderator, message)) {
                    throw gone(reference);
                }
            } catch (InvalidReportException refused) {
                // checked above against the same limits: only a longer limit here could differ
                throw new WorkflowException("Shorten the message: it is too long to store.", "report.error.tooBig");
            }
            cases.reporterReplied(reference, false);
            return find(reference).orElseThrow();
        });
    }

    /** Closed cases last changed before {@code cutoff}, oldest first, at most {@code limit}. */
    public List<String> closedBefore(Instant cutoff, int limit) {
        return transactions.execute(status -> cases.findClosedBefore(
                Arrays.stream(ReportStatus.values()).filter(s -> !s.isOpen()).toList(),
                cutoff,
                org.springframework.data.domain.PageRequest.of(0, limit)));
    }

    private ReportCase close(String reference, long seenVersion, String moderator, ReportStatus status, Why why) {
        return change(reference, seenVersion, report -> {
            if (!report.getStatus().isOpen() && status != ReportStatus.REFERRED) {
                throw new WorkflowException("This report is already closed: reopen it first.");
            }
            report.moveTo(status, why, moderator, clock.instant());
        });
    }

    private ReportCase change(String reference, @Nullable Long seenVersion, Consumer<CaseRecord> change) {
        try {
            return transactions.execute(status -> {
                CaseRecord found = cases.findByReference(reference).orElseThrow(() -> gone(reference));
                if (seenVersion != null && found.getVersion() != seenVersion) {
                    throw new ReportChangedException(latestChange(found));
                }
                ReportStatus before = found.getStatus();
                change.accept(found);
                cases.flush();
                if (found.getStatus().publicStatus() != before.publicStatus()) {
                    // the reporter's page follows, from reporting's own listener
                    events.publishEvent(
                            new PublicStatusChanged(reference, found.getStatus().publicStatus()));
                }
                ReportForModeration report = reports.forModeration(reference).orElseThrow(() -> gone(reference));
                return reportCase(found, report);
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ReportChangedException(
                    "Someone else saved a change to this report at the same moment. Nothing of yours "
                            + "was saved: read the report again, then make your change.");
        }
    }

    /** Which moderator changed the case last, and what: "alice set the status to Referred at 14:02 UTC". */
    private static String latestChange(CaseRecord report) {
        record Change(Instant at, String what) {}
        Stream<Change> changes = Stream.of(
                        report.getStatusChanges().stream()
                                .filter(c -> c.getChangedBy() != null)
                                .map(c -> new Change(
                                        c.getChangedAt(),
                                        c.getChangedBy() + " set the status to " + words(c.getStatus()))),
                        report.getNotes().stream()
                                .map(n -> new Change(n.getWrittenAt(), n.getAuthor() + " added a note")))
                .flatMap(s -> s);
        Change latest = changes.max(Comparator.comparing(Change::at)).orElse(null);
        String what = latest != null && !latest.at().isBefore(report.getUpdatedAt())
                ? latest.what()
                : report.getAssignedTo() != null
                        ? report.getAssignedTo() + " claimed it or changed its priority"
                        : "Its priority was changed";
        return what + " at "
                + DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
                        .withZone(ZoneOffset.UTC)
                        .format(report.getUpdatedAt())
                + ", after you opened it. Nothing of yours was saved: read the report again, then make your change.";
    }

    private static String words(ReportStatus status) {
        String name = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A known agency and their reference, within its limit. */
    static void checkReferral(GuidanceService guidance, String agency, String agencyReference) {
        if (guidance.agencies(Locale.UK).stream().map(Choice::id).noneMatch(agency::equals)) {
            throw new WorkflowException("Choose the agency the report was passed to.");
        }
        required(agencyReference, AGENCY_REFERENCE_LIMIT, "the agency's reference");
    }

    /** The case went after the moderator opened it (retention deleted it): said in words, on the page they are on. */
    private static WorkflowException gone(String reference) {
        return new WorkflowException("There is no report " + reference + ".", "moderation.case.gone");
    }

    private static void required(String text, int limit, String what) {
        if (text.isEmpty()) {
            throw new WorkflowException("Write " + what + ".");
        }
        if (!PlainText.withinLength(text, limit)) {
            throw new WorkflowException("Keep " + what + " to " + limit + " characters.");
        }
        if (!PlainText.withinBytes(text, limit)) {
            throw new WorkflowException("Shorten " + what + ": it is too long to store.", "report.error.tooBig");
        }
    }

    private static ReportCase reportCase(CaseRecord found, ReportForModeration report) {
        return new ReportCase(
                found.getReference(),
                found.getSubmittedAt(),
                found.getStatus(),
                found.getPriority(),
                found.getTriagePriority(),
                found.getPriorityOverrideReason(),
                found.getDeadline(),
                found.isSuspectedSpam(),
                found.getAssignedTo(),
                found.isReporterReplied(),
                report.answers(),
                report.messages().stream()
                        .map(m -> new ReportCase.Message(m.author(), m.moderator(), m.body(), m.sentAt()))
                        .toList(),
                found.getNotes().stream()
                        .map(n -> new ReportCase.Note(n.getAuthor(), n.getBody(), n.getWrittenAt()))
                        .toList(),
                found.getStatusChanges().stream()
                        .map(c -> new ReportCase.StatusChange(
                                c.getStatus(),
                                c.getChangedAt(),
                                c.getChangedBy(),
                                c.getWhy().reason(),
                                c.getWhy().agency(),
                                c.getWhy().agencyReference(),
                                c.getWhy().duplicateOf()))
                        .toList(),
                found.getVersion());
    }
}
