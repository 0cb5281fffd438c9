package org.spotthesigns.reporting;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.internal.ReportRecord;
import org.spotthesigns.reporting.internal.ReportRepository;
import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.shared.PlainText;
import org.springframework.beans.factory.annotation.Value;
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
    private final PasswordEncoder keyHashes;
    /** Compared against when a reference is unknown, so a miss takes as long as a wrong key. */
    private final String decoyHash;

    ReportService(
            ReportRules rules,
            RateLimits limits,
            ReportRepository reports,
            GuidanceService guidance,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${spotthesigns.follow-up.key-hash-strength:10}") int keyHashStrength) {
        this.keyHashes = new BCryptPasswordEncoder(keyHashStrength);
        this.rules = rules;
        this.limits = limits;
        this.reports = reports;
        this.guidance = guidance;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.decoyHash =
                requireNonNull(keyHashes.encode(FollowUpKey.random(random).canonical()));
    }

    /**
     * Stores a report and returns its reference and follow-up key, the only time the key exists
     * in readable form outside the draft. Sending the same draft again, after a failure or not,
     * stores nothing more: it returns the reference and key of the report already stored.
     *
     * @param clientKey the keyed hash standing for the sender's address, for rate limits only
     * @throws InvalidReportException when an answer breaks the rules; nothing is stored
     * @throws RateLimitedException   when this client, or everyone together, sent too many lately
     * @throws IllegalArgumentException when the draft's language is not one of the portal's: only
     *     the form sets it, from its address, so this is the portal's fault and not the reporter's
     */
    public SubmittedReport submit(ReportDraft draft, String clientKey) {
        if (!guidance.languages().contains(draft.language())) {
            throw new IllegalArgumentException("not one of the portal's languages: " + draft.language());
        }
        List<Problem> problems = rules.checkAll(draft);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        Optional<SubmittedReport> sentBefore = storedFrom(draft);
        if (sentBefore.isPresent()) {
            return sentBefore.get();
        }
        // taken before storing, so sends at the same moment cannot all pass on the last token
        if (!limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, clientKey)) {
            throw new RateLimitedException("too many reports");
        }
        if (!limits.tryConsume(RateLimit.REPORTS_OVERALL, ALL)) {
            limits.giveBack(RateLimit.REPORTS_PER_CLIENT, clientKey);
            throw new RateLimitedException("too many reports");
        }
        FollowUpKey key = draft.followUpKey();
        String keyHash = requireNonNull(keyHashes.encode(key.canonical()));
        Instant now = clock.instant();
        AtomicReference<ReportReference> attempted = new AtomicReference<>();
        try {
            ReportReference reference = transactions.execute(status -> {
                ReportReference fresh = freshReference();
                attempted.set(fresh);
                ReportRecord report = record(draft, fresh, keyHash, now);
                report.sentFrom(draft.idempotencyKey());
                reports.save(report);
                events.publishEvent(new ReportSubmitted(fresh.value()));
                return fresh;
            });
            // nothing after the commit: once it has happened, the report is the reporter's
            return new SubmittedReport(reference, key);
        } catch (RuntimeException failed) {
            // The commit may have happened all the same (the connection dropped as it was
            // acknowledged, a failover, the same draft sent from a second tab): then it was sent.
            Optional<SubmittedReport> stored = storedFromAfter(draft, failed);
            if (stored.isEmpty() || !stored.get().reference().equals(attempted.get())) {
                // not stored, or stored by a send of the same draft that overtook this one
                giveBack(RateLimit.REPORTS_PER_CLIENT, clientKey, failed);
                giveBack(RateLimit.REPORTS_OVERALL, ALL, failed);
            }
            return stored.orElseThrow(() -> failed);
        }
    }

    /** The report already stored from this draft, with the key the draft made for it. */
    private Optional<SubmittedReport> storedFrom(ReportDraft draft) {
        return reports.findByIdempotencyKey(draft.idempotencyKey()).map(report -> {
            if (!keyHashes.matches(draft.followUpKey().canonical(), report.getFollowUpKeyHash())) {
                // never show a key that does not open the report
                throw new IllegalStateException("A report with this draft's idempotency key has another follow-up key");
            }
            return new SubmittedReport(new ReportReference(report.getReference()), draft.followUpKey());
        });
    }

    private Optional<SubmittedReport> storedFromAfter(ReportDraft draft, RuntimeException failed) {
        try {
            return storedFrom(draft);
        } catch (RuntimeException unknown) {
            failed.addSuppressed(unknown);
            return Optional.empty();
        }
    }

    /** Gives back an allowance taken for a report that was not stored; a failure here adds to the first. */
    private void giveBack(RateLimit limit, String subject, RuntimeException failed) {
        try {
            limits.giveBack(limit, subject);
        } catch (RuntimeException unavailable) {
            failed.addSuppressed(unavailable);
        }
    }

    /**
     * A stored report as triage sees it: its answers and words, never its contact details.
     *
     * @param repeatWindow how far back to look for earlier reports with the same words
     */
    public Optional<ReportForTriage> forTriage(String reference, Duration repeatWindow) {
        return transactions.execute(status -> reports.findByReference(reference).map(report -> {
            String words = String.join(
                    "\n",
                    Stream.concat(
                                    Stream.of(report.getNoticed(), report.getLocation()),
                                    report.getDetails().stream()
                                            .map(ReportService::detail)
                                            .flatMap(Detail::parts)
                                            .filter(part -> !part.isEmpty()))
                            .toList());
            long similarBefore = report.getWordsFingerprint() == null
                    ? 0
                    : reports.countByWordsFingerprintAndSubmittedAtBetweenAndIdNot(
                            report.getWordsFingerprint(),
                            report.getSubmittedAt().minus(repeatWindow),
                            report.getSubmittedAt(),
                            report.getId());
            return new ReportForTriage(
                    new ReportReference(report.getReference()),
                    report.getSubmittedAt(),
                    report.getDangerNow(),
                    report.getConcernFor(),
                    report.getAgeBand(),
                    report.getSigns(),
                    report.getPlaceKind(),
                    report.getArea(),
                    report.getJourneyToArea(),
                    report.getLocation(),
                    report.getStillHappening(),
                    report.getHappenedBefore(),
                    report.getDetails().stream().map(ReportService::detail).toList(),
                    words,
                    report.getLanguage(),
                    new ReportForTriage.SpamSignals(
                            report.isHoneypotFilled(), report.getSecondsToComplete(), report.getLinkCount(), (int)
                                    similarBefore),
                    report.getPublicStatus().isOpen());
        }));
    }

    /** The references of every report still being worked on, oldest first. */
    public List<String> openReferences() {
        return transactions.execute(
                status -> reports.findReferencesByPublicStatusIn(java.util.Arrays.stream(PublicStatus.values())
                        .filter(PublicStatus::isOpen)
                        .toList()));
    }

    /** A stored report as the moderators' queue lists and searches it; never its contact details. */
    public Optional<ReportForQueue> forQueue(String reference) {
        return transactions.execute(status -> reports.findByReference(reference)
                .map(report -> new ReportForQueue(
                        new ReportReference(report.getReference()),
                        report.getSubmittedAt(),
                        report.getArea(),
                        report.getJourneyToArea(),
                        report.getPlaceKind(),
                        report.getNoticed(),
                        report.getLocation(),
                        report.getDangerNow(),
                        report.getAgeBand(),
                        List.copyOf(report.getSigns()),
                        report.getLanguage())));
    }

    /**
     * A stored report for a moderator to read: every answer, contact details included when the
     * reporter left them, and the thread. Only moderation calls this, behind its own access check.
     */
    public Optional<ReportForModeration> forModeration(String reference) {
        return transactions.execute(status -> reports.findByReference(reference).map(ReportService::forModeration));
    }

    /**
     * A moderator's message to the reporter, added to the thread the reporter reads on the
     * follow-up page. The thread is the reporter's, so its rules (cleaning, limits) are kept here.
     *
     * @return false when there is no such report (deleted meanwhile)
     * @throws InvalidReportException when the message is empty or too long; nothing is added
     */
    public boolean answer(String reference, String moderator, String typedMessage) {
        String message = PlainText.clean(typedMessage);
        checkMessage(message);
        return Boolean.TRUE.equals(transactions.execute(status -> reports.findByReference(reference)
                .map(report -> {
                    report.addMessage(Author.MODERATOR, message, clock.instant(), moderator);
                    return true;
                })
                .orElse(false)));
    }

    /** SHA-256 of the words as a repeat would share them: case, spacing and punctuation do not count. */
    private static @org.jspecify.annotations.Nullable String wordsFingerprint(String text) {
        String comparable = text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
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
        checkMessage(message);
        return authorised(typedReference, typedKey, clientKey)
                .map(id -> transactions.execute(status -> {
                    ReportRecord report = reports.findById(id).orElseThrow();
                    report.addMessage(Author.REPORTER, message, clock.instant(), null);
                    events.publishEvent(new ReporterReplied(report.getReference()));
                    return followUp(report);
                }));
    }

    private static void checkMessage(String message) {
        if (message.isEmpty()) {
            throw new InvalidReportException(List.of(Problem.of("message", "followup.error.message.required")));
        }
        if (!PlainText.withinLength(message, MESSAGE_LIMIT)) {
            throw new InvalidReportException(List.of(Problem.of("message", "report.error.tooLong", MESSAGE_LIMIT)));
        }
        if (!PlainText.withinBytes(message, MESSAGE_LIMIT)) {
            throw new InvalidReportException(List.of(Problem.of("message", "report.error.tooBig")));
        }
    }

    /**
     * The report's id when reference and key match. Every look-up counts against the client; a
     * guess at a reference counts against the client for that reference, taken before the key is
     * checked and given back when it is right. Wrong keys from everyone together never refuse
     * anyone: past their ceiling a guess costs a client its whole allowance for the reference, so
     * guessing slows down and the reporter, from a connection of their own, still gets in
     * (decision record 0009). The slow hash is checked outside any transaction.
     */
    private Optional<Long> authorised(String typedReference, String typedKey, String clientKey) {
        if (!limits.tryConsume(RateLimit.FOLLOW_UPS_PER_CLIENT, clientKey)) {
            throw new RateLimitedException("too many look-ups");
        }
        Optional<ReportReference> parsed = ReportReference.parse(typedReference);
        if (parsed.isEmpty()) {
            // nothing to guess at, but it takes as long as a wrong key
            keyHashes.matches(FollowUpKey.canonical(typedKey), decoyHash);
            return Optional.empty();
        }
        String reference = parsed.get().value();
        String guesser = clientKey + ":" + reference;
        boolean belowCeiling = limits.tryConsume(RateLimit.WRONG_KEYS_PER_REFERENCE, reference);
        long cost = belowCeiling ? 1 : limits.allowance(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE);
        if (!limits.tryConsume(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE, guesser, cost)) {
            if (belowCeiling) {
                limits.giveBack(RateLimit.WRONG_KEYS_PER_REFERENCE, reference);
            }
            throw new RateLimitedException("too many wrong keys");
        }
        boolean wrong = false;
        try {
            Optional<ReportRecord> found = reports.findByReference(reference);
            wrong = !keyHashes.matches(
                    FollowUpKey.canonical(typedKey),
                    found.map(ReportRecord::getFollowUpKeyHash).orElse(decoyHash));
            return wrong ? Optional.empty() : found.map(ReportRecord::getId);
        } finally {
            // the right key, or a check that never happened, costs nothing
            if (!wrong) {
                limits.giveBack(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE, guesser, cost);
                if (belowCeiling) {
                    limits.giveBack(RateLimit.WRONG_KEYS_PER_REFERENCE, reference);
                }
            }
        }
    }

    private FollowUp followUp(Long id) {
        return transactions.execute(status -> followUp(reports.findById(id).orElseThrow()));
    }

    private FollowUp followUp(ReportRecord report) {
        return new FollowUp(
                new ReportReference(report.getReference()),
                report.getSubmittedAt(),
                report.getPublicStatus(),
                report.getMessages().stream()
                        .map(m -> new FollowUp.Message(m.getAuthor(), m.getBody(), m.getSentAt()))
                        .toList());
    }

    private static ReportForModeration forModeration(ReportRecord report) {
        ReportDraft answers = new ReportDraft(report.getSubmittedAt());
        answers.setLanguage(report.getLanguage());
        answers.setDangerNow(report.getDangerNow());
        answers.setConcernFor(report.getConcernFor());
        answers.setAgeBand(report.getAgeBand());
        answers.setSigns(report.getSigns());
        answers.setNoticed(report.getNoticed());
        answers.setPlaceKind(report.getPlaceKind());
        answers.setArea(report.getArea());
        answers.setTown(report.getTown());
        answers.setJourney(report.getJourneyToTown() != null);
        answers.setJourneyTo(report.getJourneyToTown());
        answers.setJourneyToArea(report.getJourneyToArea());
        answers.setPostcodeDistrict(report.getPostcodeDistrict());
        answers.setLocation(report.getLocation());
        answers.setSeenOn(report.getSeenOn());
        answers.setSeenAt(report.getSeenAt());
        answers.setStillHappening(report.getStillHappening());
        answers.setHappenedBefore(report.getHappenedBefore());
        answers.setDetails(
                report.getDetails().stream().map(ReportService::detail).toList());
        answers.setContactMe(report.isContactMe());
        if (report.isContactMe()) {
            answers.setContactName(report.getContactName());
            answers.setContactPhone(report.getContactPhone());
            answers.setContactEmail(report.getContactEmail());
            answers.setContactNotes(report.getContactNotes());
        }
        return new ReportForModeration(
                new ReportReference(report.getReference()),
                report.getSubmittedAt(),
                answers,
                report.getMessages().stream()
                        .map(m -> new ReportForModeration.Message(
                                m.getAuthor(), m.getModerator(), m.getBody(), m.getSentAt()))
                        .toList());
    }

    private static Detail detail(ReportRecord.StoredDetail stored) {
        return new Detail(stored.getKind(), stored.getValue(), stored.getColour(), stored.getMake(), stored.getFirm());
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
        ReportRecord report = new ReportRecord(
                reference.value(), keyHash, now, guidance.currentRelease().fingerprint());
        String noticed = PlainText.clean(draft.getNoticed());
        String location = PlainText.clean(draft.getLocation());
        report.answers(
                draft.getDangerNow(),
                draft.getConcernFor(),
                draft.getAgeBand(),
                draft.getSigns(),
                noticed,
                wordsFingerprint(noticed));
        report.writtenIn(draft.language());
        // the area follows from the town: both were checked against the towns list above
        String town = draft.getTown();
        String journeyTo = draft.isJourney() ? draft.getJourneyTo() : null;
        report.where(draft.getPlaceKind(), rules.areaOf(town).orElseThrow(), location);
        report.place(
                town,
                journeyTo,
                rules.areaOf(journeyTo).orElse(null),
                PostcodeDistrict.stored(draft.getPostcodeDistrict()));
        report.when(draft.getSeenOn(), draft.getSeenAt(), draft.getStillHappening(), draft.getHappenedBefore());
        for (Detail detail : draft.getDetails()) {
            // a part the row's kind does not have was never shown to the reporter: it is not kept
            boolean vehicle = detail.kind().isVehicle();
            report.addDetail(
                    detail.kind(),
                    PlainText.clean(detail.value()),
                    vehicle ? PlainText.clean(detail.colour()) : "",
                    vehicle ? PlainText.clean(detail.make()) : "",
                    detail.kind().isBooking() ? PlainText.clean(detail.firm()) : "");
        }
        if (draft.isContactMe()) {
            report.contact(
                    PlainText.clean(draft.getContactName()),
                    PlainText.clean(draft.getContactPhone()),
                    PlainText.clean(draft.getContactEmail()),
                    PlainText.clean(draft.getContactNotes()));
        }
        long seconds = Math.max(0, Duration.between(draft.getStartedAt(), now).toSeconds());
        report.spamSignals(
                !draft.getWebsite().isBlank(),
                (int) Math.min(Integer.MAX_VALUE, seconds),
                links(Stream.concat(
                                Stream.of(noticed, location),
                                draft.getDetails().stream().flatMap(Detail::parts))
                        .toList()));
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
