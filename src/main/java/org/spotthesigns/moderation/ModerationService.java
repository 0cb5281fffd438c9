package org.spotthesigns.moderation;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.moderation.internal.QueueCsv;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.security.AuditTrail;
import org.spotthesigns.shared.PlainText;
import org.spotthesigns.triage.TriageService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do, for the views of the moderation workspace. Only moderators (and
 * administrators, who are moderators too) get past it, whatever view calls it; every view of a
 * report and every change is written to the audit trail with its before and after.
 */
@Service
@PreAuthorize("hasRole('MODERATOR')")
public class ModerationService {

    private static final int EXPORT_PAGE = 500;
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    private final ReportQueue queue;
    private final ReportWorkflow workflow;
    private final TriageService triage;
    private final AuditTrail audit;
    private final GuidanceService guidance;
    private final ReportStatistics statistics;
    private final ReferralService referrals;
    private final Clock clock;

    ModerationService(
            ReportQueue queue,
            ReportWorkflow workflow,
            TriageService triage,
            AuditTrail audit,
            GuidanceService guidance,
            ReportStatistics statistics,
            ReferralService referrals,
            Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
        this.statistics = statistics;
        this.queue = queue;
        this.workflow = workflow;
        this.triage = triage;
        this.audit = audit;
        this.guidance = guidance;
    }

    public List<QueueRow> queue(QueueFilter filter, int page, int size) {
        return queue.page(filter, page, size);
    }

    /** How many reports the filter finds, or {@link ReportQueue#COUNTED_UP_TO} + 1 where there are more. */
    public long count(QueueFilter filter) {
        return queue.count(filter);
    }

    /** Opens a report: the view itself is recorded in the audit trail. */
    @Transactional
    public Optional<CaseFile> open(String reference) {
        Optional<ReportCase> report = workflow.find(reference);
        report.ifPresent(found -> audit.record("report-viewed", reference, null, null));
        return report.map(this::caseFile);
    }

    @Transactional
    public CaseFile claim(String reference, long seenVersion) {
        return audited("claimed", reference, c -> c.assignedTo(), () -> workflow.claim(reference, seenVersion, me()));
    }

    /**
     * Prepares a referral to the agency with none of the reporter's own words or contact details
     * in it: the case is referred once a second moderator approves it on the referral page.
     */
    @Transactional
    public CaseFile refer(String reference, long seenVersion, String agency, String agencyReference) {
        referrals.prepare(reference, seenVersion, agency, agencyReference, java.util.Set.of());
        return workflow.find(reference).map(this::caseFile).orElseThrow();
    }

    @Transactional
    public CaseFile noFurtherAction(String reference, long seenVersion, String reason) {
        return audited(
                "no-further-action",
                reference,
                c -> c.status().name(),
                () -> workflow.noFurtherAction(reference, seenVersion, me(), reason));
    }

    @Transactional
    public CaseFile duplicate(String reference, long seenVersion, String original) {
        return audited(
                "marked-duplicate",
                reference,
                c -> c.status().name(),
                () -> workflow.duplicate(reference, seenVersion, me(), original));
    }

    @Transactional
    public CaseFile spam(String reference, long seenVersion) {
        return audited(
                "marked-spam", reference, c -> c.status().name(), () -> workflow.spam(reference, seenVersion, me()));
    }

    @Transactional
    public CaseFile reopen(String reference, long seenVersion) {
        return audited(
                "reopened", reference, c -> c.status().name(), () -> workflow.reopen(reference, seenVersion, me()));
    }

    @Transactional
    public CaseFile overridePriority(String reference, long seenVersion, int priority, String reason) {
        return audited(
                "priority-overridden",
                reference,
                c -> c.priority() == null ? null : "P" + c.priority(),
                () -> workflow.overridePriority(reference, seenVersion, me(), priority, reason));
    }

    @Transactional
    public CaseFile addNote(String reference, String note) {
        return audited("note-added", reference, c -> null, () -> workflow.addNote(reference, me(), note));
    }

    @Transactional
    public CaseFile sendMessage(String reference, String message) {
        return audited("message-sent", reference, c -> null, () -> workflow.sendMessage(reference, me(), message));
    }

    /**
     * Re-scores every open report with the rules in force, after the rules file has changed.
     * Each report keeps its earlier scores as history.
     *
     * @return how many reports were re-scored
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int rescoreOpenReports() {
        int rescored = triage.retriageOpenReports();
        audit.record("open-reports-rescored", null, null, rescored + " reports");
        return rescored;
    }

    /** The dashboard: the queue by priority and status, overdue reports, reports per day, the most reported places. */
    public ReportStatistics.Summary dashboard(int days) {
        return statistics.summary(days, 5);
    }

    /**
     * Writes the reports the filter selects as CSV, a page at a time, and records the export in
     * the audit trail.
     *
     * @return how many reports were written
     */
    @Transactional
    public int exportCsv(QueueFilter filter, OutputStream out) {
        int rows;
        List<Choice> areas = areas();
        List<Choice> places = placeKinds();
        List<Choice> agencies = agencies();
        Map<String, String> signs = new HashMap<>();
        guidance.signs(Locale.UK).forEach(sign -> signs.put(sign.id(), sign.title()));
        QueueCsv.Names names = new QueueCsv.Names(
                id -> AnsweredQuestions.label(areas, id),
                id -> AnsweredQuestions.label(places, id),
                id -> AnsweredQuestions.label(agencies, id),
                id -> signs.getOrDefault(id, id),
                ModerationService::languageName);
        try (QueueCsv csv = new QueueCsv(out, ModerationService::words, names, clock.instant())) {
            for (int page = 0; ; page++) {
                List<QueueRow> rowsOfPage = queue.page(filter, page, EXPORT_PAGE);
                csv.add(
                        rowsOfPage,
                        queue.referredTo(
                                rowsOfPage.stream().map(QueueRow::reference).toList()));
                if (rowsOfPage.size() < EXPORT_PAGE) {
                    break;
                }
            }
            rows = csv.rows();
        }
        audit.record("exported", null, null, rows + " reports; " + filter);
        return rows;
    }

    /**
     * An agency's name, for its id as a referral stores it: what the case page's history and the export show.
     * An agency no longer offered keeps its id, so the history still says where a report went.
     */
    public String agencyName(String id) {
        return AnsweredQuestions.label(agencies(), id);
    }

    /** The agencies a report can be referred to. */
    public List<Choice> agencies() {
        return guidance.agencies(Locale.UK);
    }

    public List<Choice> areas() {
        return guidance.areas(Locale.UK);
    }

    public List<Choice> placeKinds() {
        return guidance.placeKinds(Locale.UK);
    }

    /**
     * The languages a report can be written in, by their codes, each named in English as moderators
     * read it ("Polish"): English first, then the others by name.
     */
    public List<Choice> languages() {
        return guidance.languages().stream()
                .map(code -> new Choice(code, languageName(code), null, null))
                .sorted(java.util.Comparator.comparing((Choice language) -> !"en".equals(language.id()))
                        .thenComparing(Choice::label))
                .toList();
    }

    /** A language's name in English, for its code as a report stores it: "Polish" for {@code pl}. */
    public static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isEmpty() ? code : name;
    }

    /** Whether a referral of the report is prepared and awaiting a second moderator's approval. */
    public boolean referralAwaitingApproval(String reference) {
        return referrals.awaitingApproval(reference).isPresent();
    }

    /**
     * Reads a case again for a moderator who has it open, when the portal changed it on its own:
     * not a new view, so not written to the audit trail again.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFile> reread(String reference) {
        return workflow.find(reference).map(this::caseFile);
    }

    /** The reports linked to this one now: an open case compares them to see whether a new one arrived. */
    public List<org.spotthesigns.triage.LinkedReport> links(String reference) {
        return triage.links(reference);
    }

    /** Makes the change, and records what it was before and after in the same transaction. */
    private CaseFile audited(
            String action,
            String reference,
            java.util.function.Function<ReportCase, @Nullable String> shown,
            Supplier<ReportCase> change) {
        String before = workflow.find(reference).map(shown).orElse(null);
        ReportCase after = change.get();
        audit.record(action, reference, before, describe(action, after, shown));
        return caseFile(after);
    }

    private static @Nullable String describe(
            String action, ReportCase after, java.util.function.Function<ReportCase, @Nullable String> shown) {
        return switch (action) {
            // the words stay with the report (and go with it at retention), not in the audit trail
            case "note-added" -> PlainText.length(after.notes().getLast().body()) + " characters";
            case "message-sent" -> PlainText.length(after.messages().getLast().body()) + " characters";
            case "no-further-action" ->
                after.status().name() + ": " + after.statusChanges().getLast().reason();
            case "marked-duplicate" ->
                after.status().name() + " of " + after.statusChanges().getLast().duplicateOf();
            case "priority-overridden" -> "P" + after.priority() + ": " + after.priorityOverrideReason();
            default -> shown.apply(after);
        };
    }

    private CaseFile caseFile(ReportCase report) {
        return new CaseFile(
                report,
                triage.history(report.reference()),
                triage.links(report.reference()),
                audit.forReport(report.reference()));
    }

    /**
     * Words from the portal's bundle outside any view (the export is written for agencies, in English), formatted
     * as Vaadin formats them: only when there are arguments.
     */
    private static String words(String key, Object... arguments) {
        String pattern = WORDS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }

    private String me() {
        return audit.currentActor();
    }
}
