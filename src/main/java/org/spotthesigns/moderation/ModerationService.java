package org.spotthesigns.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.QueueFilter;
import org.spotthesigns.reporting.QueueRow;
import org.spotthesigns.reporting.ReportCase;
import org.spotthesigns.reporting.ReportQueue;
import org.spotthesigns.reporting.ReportWorkflow;
import org.spotthesigns.security.AuditTrail;
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

    private final ReportQueue queue;
    private final ReportWorkflow workflow;
    private final TriageService triage;
    private final AuditTrail audit;
    private final GuidanceService guidance;

    ModerationService(ReportQueue queue, ReportWorkflow workflow, TriageService triage, AuditTrail audit,
            GuidanceService guidance) {
        this.queue = queue;
        this.workflow = workflow;
        this.triage = triage;
        this.audit = audit;
        this.guidance = guidance;
    }

    public List<QueueRow> queue(QueueFilter filter, int page, int size) {
        return queue.page(filter, page, size);
    }

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

    @Transactional
    public CaseFile refer(String reference, long seenVersion, String agency, String agencyReference) {
        return audited("referred", reference, c -> c.status().name(),
                () -> workflow.refer(reference, seenVersion, me(), agency, agencyReference));
    }

    @Transactional
    public CaseFile noFurtherAction(String reference, long seenVersion, String reason) {
        return audited("no-further-action", reference, c -> c.status().name(),
                () -> workflow.noFurtherAction(reference, seenVersion, me(), reason));
    }

    @Transactional
    public CaseFile duplicate(String reference, long seenVersion, String original) {
        return audited("marked-duplicate", reference, c -> c.status().name(),
                () -> workflow.duplicate(reference, seenVersion, me(), original));
    }

    @Transactional
    public CaseFile spam(String reference, long seenVersion) {
        return audited("marked-spam", reference, c -> c.status().name(), () -> workflow.spam(reference, seenVersion, me()));
    }

    @Transactional
    public CaseFile reopen(String reference, long seenVersion) {
        return audited("reopened", reference, c -> c.status().name(), () -> workflow.reopen(reference, seenVersion, me()));
    }

    @Transactional
    public CaseFile overridePriority(String reference, long seenVersion, int priority, String reason) {
        return audited("priority-overridden", reference, c -> c.priority() == null ? null : "P" + c.priority(),
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

    /** Makes the change, and records what it was before and after in the same transaction. */
    private CaseFile audited(String action, String reference, java.util.function.Function<ReportCase, @Nullable String> shown,
            Supplier<ReportCase> change) {
        String before = workflow.find(reference).map(shown).orElse(null);
        ReportCase after = change.get();
        audit.record(action, reference, before, describe(action, after, shown));
        return caseFile(after);
    }

    private static @Nullable String describe(String action, ReportCase after, java.util.function.Function<ReportCase, @Nullable String> shown) {
        return switch (action) {
            case "note-added" -> after.notes().getLast().body();
            case "message-sent" -> after.messages().getLast().body();
            case "referred" -> after.status().name() + " " + after.statusChanges().getLast().agency() + " "
                    + after.statusChanges().getLast().agencyReference();
            case "no-further-action" -> after.status().name() + ": " + after.statusChanges().getLast().reason();
            case "marked-duplicate" -> after.status().name() + " of " + after.statusChanges().getLast().duplicateOf();
            case "priority-overridden" -> "P" + after.priority() + ": " + after.priorityOverrideReason();
            default -> shown.apply(after);
        };
    }

    private CaseFile caseFile(ReportCase report) {
        return new CaseFile(report, triage.history(report.reference()), triage.links(report.reference()),
                audit.forReport(report.reference()));
    }

    private static String me() {
        return AuditTrail.currentActor();
    }
}
