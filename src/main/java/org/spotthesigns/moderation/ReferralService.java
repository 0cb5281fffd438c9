package org.spotthesigns.moderation;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.moderation.Referral.Shared;
import org.spotthesigns.moderation.internal.CaseRecord;
import org.spotthesigns.moderation.internal.CaseReferralRecord;
import org.spotthesigns.moderation.internal.CaseReferralRepository;
import org.spotthesigns.moderation.internal.CaseRepository;
import org.spotthesigns.moderation.internal.QueueBroadcaster;
import org.spotthesigns.moderation.internal.ReferralPdf;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.AnsweredQuestions.Words;
import org.spotthesigns.security.AuditTrail;
import org.spotthesigns.shared.PlainText;
import org.spotthesigns.triage.TriageService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring a report to an agency, in two hands (decision record 0013): one moderator prepares
 * the letter, choosing which of the reporter's own words and details go in; a second moderator
 * approves it, and only then is the case referred. The case keeps each letter exactly as
 * prepared, with its SHA-256, who prepared it and who approved it; each step is audited.
 */
@Service
@PreAuthorize("hasRole('MODERATOR')")
public class ReferralService {

    /** The letters are written in the portal's first language, for the area's agencies. */
    private static final Locale LETTER_LOCALE = Locale.UK;

    private static final int LETTER_LIMIT = 1_000_000;

    private final CaseRepository cases;
    private final CaseReferralRepository referrals;
    private final ReportWorkflow workflow;
    private final TriageService triage;
    private final GuidanceService guidance;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReferralService(
            CaseRepository cases,
            CaseReferralRepository referrals,
            ReportWorkflow workflow,
            TriageService triage,
            GuidanceService guidance,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.referrals = referrals;
        this.workflow = workflow;
        this.triage = triage;
        this.guidance = guidance;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The letter as it would be prepared now, for the moderator to read before preparing it. */
    @Transactional(readOnly = true)
    public String preview(String reference, String agency, String agencyReference, Set<Shared> shared) {
        ReportCase report = workflow.find(reference).orElseThrow(() -> noReport(reference));
        return letter(report, agency, PlainText.clean(agencyReference), shared);
    }

    /**
     * Prepares the letter from the case as it is, for a second moderator to approve. It replaces
     * a letter of the case still awaiting approval; an approved one is kept as sent.
     *
     * @param seenVersion the case's version the moderator prepared it from
     */
    @Transactional
    public Referral prepare(
            String reference, long seenVersion, String agency, String typedAgencyReference, Set<Shared> shared) {
        String agencyReference = PlainText.clean(typedAgencyReference);
        ReportWorkflow.checkReferral(guidance, agency, agencyReference);
        CaseRecord found = cases.findByReference(reference).orElseThrow(() -> noReport(reference));
        ReportCase report = workflow.find(reference).orElseThrow(() -> noReport(reference));
        if (found.getVersion() != seenVersion) {
            throw new ReportChangedException(
                    "This report changed after you opened it. Nothing of yours was saved: read the "
                            + "report again, then prepare the referral.");
        }
        if (!report.status().isOpen() && report.status() != ReportStatus.REFERRED) {
            // as the approval would be refused: a closed report is reopened before it is referred
            throw new WorkflowException("This report is already closed: reopen it first.");
        }
        String letter = letter(report, agency, agencyReference, shared);
        if (letter.length() > LETTER_LIMIT) {
            throw new WorkflowException(
                    "The letter is too long to keep: leave out the reporter's messages.", "referral.error.tooLong");
        }
        referrals.findByCase(reference).stream()
                .filter(r -> r.getApprovedAt() == null)
                .forEach(referrals::delete);
        String sha256 = ReferralLetter.sha256(letter);
        CaseReferralRecord saved = referrals.saveAndFlush(new CaseReferralRecord(
                found,
                agency,
                agencyReference,
                shared.stream().map(Shared::name).sorted().collect(Collectors.joining(",")),
                letter,
                sha256,
                me(),
                clock.instant()));
        audit.record(
                "referral-prepared",
                reference,
                null,
                agency + " " + agencyReference + " sha256:" + sha256 + " shared:" + saved.getShared());
        // open queues show that it waits for a second moderator
        events.publishEvent(new QueueBroadcaster.Change(reference, false));
        return referral(reference, saved);
    }

    /**
     * Approves the letter another moderator prepared, and so refers the case, with the agency and
     * their reference. Nobody approves their own letter.
     *
     * @param seenVersion the case's version the approving moderator saw
     */
    @Transactional
    public Referral approve(String reference, long referralId, long seenVersion) {
        CaseReferralRecord referral = referrals
                .findById(referralId)
                .filter(r -> referrals.findByCase(reference).stream()
                        .anyMatch(mine -> mine.getId().equals(r.getId())))
                .orElseThrow(() -> new WorkflowException(
                        "This referral was prepared again or withdrawn: read the new one.", "referral.error.gone"));
        if (referral.getApprovedAt() != null) {
            throw new WorkflowException(
                    referral.getApprovedBy() + " has already approved this referral.", "referral.error.approved");
        }
        String moderator = me();
        if (referral.getPreparedBy().equals(moderator)) {
            throw new WorkflowException(
                    "A second moderator must approve a referral you prepared.", "referral.error.ownApproval");
        }
        String before = workflow.find(reference).map(c -> c.status().name()).orElse(null);
        try {
            workflow.refer(reference, seenVersion, moderator, referral.getAgency(), referral.getAgencyReference());
            referral.approve(moderator, clock.instant());
            referrals.flush();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new WorkflowException(
                    "Another moderator approved this referral at the same moment.", "referral.error.approved");
        }
        audit.record(
                "referred",
                reference,
                before,
                ReportStatus.REFERRED.name() + " " + referral.getAgency() + " " + referral.getAgencyReference()
                        + " sha256:" + referral.getSha256() + " prepared by " + referral.getPreparedBy());
        events.publishEvent(new QueueBroadcaster.Change(reference, false));
        return referral(reference, referral);
    }

    /** The case's letters, oldest first: those sent, and the one awaiting approval, if any. */
    @Transactional(readOnly = true)
    public List<Referral> referrals(String reference) {
        return referrals.findByCase(reference).stream()
                .map(r -> referral(reference, r))
                .toList();
    }

    /** The letter of the case awaiting a second moderator's approval. */
    @Transactional(readOnly = true)
    public Optional<Referral> awaitingApproval(String reference) {
        return referrals(reference).stream().filter(r -> !r.approved()).findFirst();
    }

    /** One letter as a PDF; the download is audited, as exports are. */
    @Transactional
    public byte[] pdf(Referral referral) {
        audit.record("referral-downloaded", referral.reference(), null, "PDF sha256:" + referral.sha256());
        return ReferralPdf.of(words().of("referral.letter.title", referral.reference()), referral.letter());
    }

    /** One letter as plain text, exactly as kept; the download is audited, as exports are. */
    @Transactional
    public String text(Referral referral) {
        audit.record("referral-downloaded", referral.reference(), null, "text sha256:" + referral.sha256());
        return referral.letter();
    }

    /** The agencies a report can be referred to. */
    public List<Choice> agencies() {
        return guidance.agencies(LETTER_LOCALE);
    }

    private String letter(ReportCase report, String agency, String agencyReference, Set<Shared> shared) {
        Words words = words();
        return ReferralLetter.write(
                report,
                AnsweredQuestions.stored(report.answers(), guidance, LETTER_LOCALE, words),
                triage.current(report.reference()),
                AnsweredQuestions.label(agencies(), agency),
                agencyReference,
                shared,
                LETTER_LOCALE,
                words);
    }

    private static Referral referral(String reference, CaseReferralRecord found) {
        Set<Shared> shared = EnumSet.noneOf(Shared.class);
        Arrays.stream(found.getShared().split(","))
                .filter(s -> !s.isEmpty())
                .map(Shared::valueOf)
                .forEach(shared::add);
        return new Referral(
                found.getId(),
                reference,
                found.getAgency(),
                found.getAgencyReference(),
                shared,
                found.getLetter(),
                found.getSha256(),
                found.getPreparedBy(),
                found.getPreparedAt(),
                found.getApprovedBy(),
                found.getApprovedAt());
    }

    /**
     * The same bundle and formatting as the screens' translations, for a letter written away from
     * any screen: as Vaadin's provider does, only words with arguments go through MessageFormat,
     * so an apostrophe in "I'm not sure" stays one.
     */
    private static Words words() {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations",
                LETTER_LOCALE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, arguments) -> !bundle.containsKey(key)
                ? key
                : arguments.length == 0
                        ? bundle.getString(key)
                        : new MessageFormat(bundle.getString(key), LETTER_LOCALE).format(arguments);
    }

    private static WorkflowException noReport(String reference) {
        return new WorkflowException("There is no report " + reference + ".", "moderation.case.gone");
    }

    private String me() {
        return audit.currentActor();
    }
}
