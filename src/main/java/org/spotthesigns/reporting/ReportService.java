package org.spotthesigns.reporting;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.internal.ReportRecord;
import org.spotthesigns.reporting.internal.ReportRepository;
import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives reports and lets reporters come back to them. A report is stored whole in one
 * transaction or not at all; nothing about the reporter's connection or device reaches it.
 */
@Service
public class ReportService {

    public static final int MESSAGE_LIMIT = 4000;

    /** The subject of the ceiling that counts everyone's reports together. */
    private static final String ALL = "all";
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");

    private final ReportRules rules;
    private final RateLimits limits;
    private final ReportRepository reports;
    private final GuidanceService guidance;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RandomGenerator random = ReportReference.strongRandom();
    /** Slow on purpose: a stolen database must not give the keys away. */
    private final PasswordEncoder keyHashes = new BCryptPasswordEncoder();
    /** Compared against when a reference is unknown, so a miss takes as long as a wrong key. */
    private final String decoyHash;

    ReportService(ReportRules rules, RateLimits limits, ReportRepository reports, GuidanceService guidance,
            TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
        this.rules = rules;
        this.limits = limits;
        this.reports = reports;
        this.guidance = guidance;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.decoyHash = requireNonNull(keyHashes.encode(FollowUpKey.random(random).canonical()));
    }

    /**
     * Stores a report and returns its reference and follow-up key, the only time the key exists
     * in readable form.
     *
     * @param clientKey the keyed hash standing for the sender's address, for rate limits only
     * @throws InvalidReportException when an answer breaks the rules; nothing is stored
     * @throws RateLimitedException   when this client, or everyone together, sent too many lately
     */
    public SubmittedReport submit(ReportDraft draft, String clientKey) {
        List<Problem> problems = rules.checkAll(draft);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        if (limits.isExhausted(RateLimit.REPORTS_PER_CLIENT, clientKey)
                || limits.isExhausted(RateLimit.REPORTS_OVERALL, ALL)) {
            throw new RateLimitedException("too many reports");
        }
        FollowUpKey key = FollowUpKey.random(random);
        String keyHash = requireNonNull(keyHashes.encode(key.canonical()));
        Instant now = clock.instant();
        ReportReference reference = transactions.execute(status -> {
            ReportReference fresh = freshReference();
            reports.save(record(draft, fresh, keyHash, now));
            events.publishEvent(new ReportSubmitted(fresh.value()));
            return fresh;
        });
        // counted once stored: a send that failed on the way costs the reporter nothing
        limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, clientKey);
        limits.tryConsume(RateLimit.REPORTS_OVERALL, ALL);
        return new SubmittedReport(reference, key);
    }

    /**
     * A stored report as triage sees it: its answers and words, never its contact details.
     *
     * @param repeatWindow how far back to look for earlier reports with the same words
     */
    public Optional<ReportForTriage> forTriage(String reference, Duration repeatWindow) {
        return transactions.execute(status -> reports.findByReference(reference).map(report -> {
            String words = String.join("\n", Stream.concat(Stream.of(report.getNoticed(), report.getLocation()),
                    report.getDetails().stream().map(ReportRecord.StoredDetail::getValue)).toList());
            long similarBefore = report.getWordsFingerprint() == null ? 0
                    : reports.countByWordsFingerprintAndSubmittedAtBetweenAndIdNot(report.getWordsFingerprint(),
                            report.getSubmittedAt().minus(repeatWindow), report.getSubmittedAt(), report.getId());
            return new ReportForTriage(new ReportReference(report.getReference()), report.getSubmittedAt(),
                    report.getDangerNow(), report.getConcernFor(), report.getAgeBand(), report.getSigns(),
                    report.getPlaceKind(), report.getArea(), report.getLocation(), report.getStillHappening(),
                    report.getHappenedBefore(),
                    report.getDetails().stream().map(d -> new Detail(d.getKind(), d.getValue())).toList(), words,
                    new ReportForTriage.SpamSignals(report.isHoneypotFilled(), report.getSecondsToComplete(),
                            report.getLinkCount(), (int) similarBefore),
                    report.getStatus().isOpen());
        }));
    }

    /** The references of every report still being worked on, oldest first. */
    public List<String> openReferences() {
        return transactions.execute(status -> reports.findReferencesByStatusIn(
                java.util.Arrays.stream(ReportStatus.values()).filter(ReportStatus::isOpen).toList()));
    }

    /** SHA-256 of the words as a repeat would share them: case, spacing and punctuation do not count. */
    private static @org.jspecify.annotations.Nullable String wordsFingerprint(String text) {
        String comparable = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (comparable.isEmpty()) {
            return null;
        }
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(comparable);
    }

    /**
     * The report's public status and thread, when the key is the right one.
     *
     * @throws RateLimitedException when this client looked up too many reports lately, or too
     *                              many wrong keys were tried for this reference
     */
    public Optional<FollowUp> open(String typedReference, String typedKey, String clientKey) {
        return authorised(typedReference, typedKey, clientKey).map(this::followUp);
    }

    /**
     * Adds the reporter's message to the thread.
     *
     * @return the thread as it now stands, or empty when reference and key do not match
     */
    public Optional<FollowUp> reply(String typedReference, String typedKey, String typedMessage, String clientKey) {
        String message = PlainText.clean(typedMessage);
        if (message.isEmpty() || PlainText.length(message) > MESSAGE_LIMIT) {
            throw new InvalidReportException(List.of(message.isEmpty()
                    ? Problem.of("message", "followup.error.message.required")
                    : Problem.of("message", "report.error.tooLong", MESSAGE_LIMIT)));
        }
        return authorised(typedReference, typedKey, clientKey).map(id -> transactions.execute(status -> {
            ReportRecord report = reports.findById(id).orElseThrow();
            report.addMessage(Author.REPORTER, message, clock.instant(), null);
            events.publishEvent(new ReporterReplied(report.getReference()));
            return followUp(report);
        }));
    }

    /**
     * The report's id when reference and key match. Wrong keys count against the reference,
     * wherever they come from; once too many were tried, even the right key waits. The slow
     * hash is checked outside any transaction.
     */
    private Optional<Long> authorised(String typedReference, String typedKey, String clientKey) {
        if (!limits.tryConsume(RateLimit.FOLLOW_UPS_PER_CLIENT, clientKey)) {
            throw new RateLimitedException("too many look-ups");
        }
        Optional<ReportReference> reference = ReportReference.parse(typedReference);
        if (reference.isPresent() && limits.isExhausted(RateLimit.WRONG_KEYS_PER_REFERENCE, reference.get().value())) {
            throw new RateLimitedException("too many wrong keys");
        }
        Optional<ReportRecord> found = reference.flatMap(r -> reports.findByReference(r.value()));
        boolean matches = keyHashes.matches(FollowUpKey.canonical(typedKey),
                found.map(ReportRecord::getFollowUpKeyHash).orElse(decoyHash));
        if (!matches) {
            reference.ifPresent(r -> limits.tryConsume(RateLimit.WRONG_KEYS_PER_REFERENCE, r.value()));
        }
        return matches ? found.map(ReportRecord::getId) : Optional.empty();
    }

    private FollowUp followUp(Long id) {
        return transactions.execute(status -> followUp(reports.findById(id).orElseThrow()));
    }

    private FollowUp followUp(ReportRecord report) {
        return new FollowUp(new ReportReference(report.getReference()), report.getSubmittedAt(),
                report.getStatus().publicStatus(),
                report.getMessages().stream()
                        .map(m -> new FollowUp.Message(m.getAuthor(), m.getBody(), m.getSentAt()))
                        .toList());
    }

    private ReportReference freshReference() {
        ReportReference reference;
        do {
            reference = ReportReference.random(random);
        } while (reports.existsByReference(reference.value()));
        return reference;
    }

    // The draft has passed ReportRules.checkAll, which requires every answer read here as non-null.
    @SuppressWarnings("NullAway")
    private ReportRecord record(ReportDraft draft, ReportReference reference, String keyHash, Instant now) {
        ReportRecord report = new ReportRecord(reference.value(), keyHash, now, guidance.currentRelease().fingerprint());
        String noticed = PlainText.clean(draft.getNoticed());
        String location = PlainText.clean(draft.getLocation());
        report.answers(draft.getDangerNow(), draft.getConcernFor(), draft.getAgeBand(), draft.getSigns(), noticed,
                wordsFingerprint(noticed));
        report.where(draft.getPlaceKind(), draft.getArea(), location);
        report.searchableWords(SearchWords.of(noticed, location));
        report.when(draft.getSeenOn(), draft.getSeenAt(), draft.getStillHappening(), draft.getHappenedBefore());
        for (Detail detail : draft.getDetails()) {
            report.addDetail(detail.kind(), PlainText.clean(detail.value()));
        }
        if (draft.isContactMe()) {
            report.contact(PlainText.clean(draft.getContactName()), PlainText.clean(draft.getContactPhone()),
                    PlainText.clean(draft.getContactEmail()), PlainText.clean(draft.getContactNotes()));
        }
        long seconds = Math.max(0, Duration.between(draft.getStartedAt(), now).toSeconds());
        report.spamSignals(!draft.getWebsite().isBlank(), (int) Math.min(Integer.MAX_VALUE, seconds),
                links(Stream.concat(Stream.of(noticed, location),
                        draft.getDetails().stream().map(Detail::value)).toList()));
        return report;
    }

    private static int links(List<String> texts) {
        int count = 0;
        for (String text : texts) {
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                count++;
            }
        }
        return count;
    }
}
