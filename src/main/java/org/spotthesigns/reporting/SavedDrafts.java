package org.spotthesigns.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.internal.DraftRecord;
import org.spotthesigns.reporting.internal.DraftRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reporter's draft kept outside the node, so that another node carries on with it when this one
 * dies (decision record 0017). The form keeps every answer confirmed with Continue here: written
 * as JSON, encrypted with the portal's key, found by the id in the reporter's cookie and opened
 * only with its secret. A draft untouched for the session timeout is never loaded again, and
 * {@link #deleteExpired()} removes it. Only reporting may use this: moderation never reads a draft
 * (an architecture test keeps it so).
 */
@Service
public class SavedDrafts {

    /**
     * The longest draft kept, in characters of JSON: far beyond every answer at its limit, and
     * within the column once encrypted. A longer one (only a program could type it) stays in the
     * node's session alone.
     */
    static final int PAYLOAD_LIMIT = 700_000;

    private static final Logger log = LoggerFactory.getLogger(SavedDrafts.class);
    private static final Pattern PAGE = Pattern.compile("[a-z-]{1,20}");
    /** Every character beyond ASCII escaped, so even half a surrogate pair comes back as typed. */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final DraftRepository drafts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration idle;

    SavedDrafts(
            DraftRepository drafts,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration idle) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.clock = clock;
        this.idle = idle;
    }

    /** A draft as it was kept: the answers, and the page of the form the reporter had reached. */
    public record SavedDraft(ReportDraft draft, String page) {}

    /**
     * Keeps the draft under this token, replacing what was kept before.
     *
     * @param page the page of the form the reporter goes on to (a step's name, or "check")
     * @return false when the draft is too long to keep outside the node
     */
    public boolean save(DraftToken token, ReportDraft draft, String page) {
        if (!PAGE.matcher(page).matches()) {
            throw new IllegalArgumentException("not a page of the form");
        }
        String answers = JSON.writeValueAsString(Snapshot.of(token, draft, page));
        if (answers.length() > PAYLOAD_LIMIT) {
            log.warn("A draft of {} characters is too long to keep outside the node", answers.length());
            return false;
        }
        String secretHash = token.secretHash();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> drafts.findById(token.id())
                .ifPresentOrElse(
                        kept -> {
                            if (!sameHash(kept.getSecretHash(), secretHash)) {
                                throw new IllegalStateException("a draft with this id has another secret");
                            }
                            kept.update(answers, now);
                        },
                        () -> drafts.save(new DraftRecord(token.id(), secretHash, answers, now))));
        return true;
    }

    /**
     * The draft kept under this token, when its secret is right and it was touched within the
     * session timeout; loading it touches it again.
     */
    public Optional<SavedDraft> load(DraftToken token) {
        String secretHash = token.secretHash();
        Instant now = clock.instant();
        return transactions.execute(status -> drafts.findById(token.id())
                .filter(kept -> sameHash(kept.getSecretHash(), secretHash))
                .filter(kept -> kept.getTouchedAt().isAfter(now.minus(idle)))
                .flatMap(kept -> {
                    Optional<SavedDraft> read = read(token, kept.getAnswers());
                    if (read.isPresent()) {
                        kept.touch(now);
                    }
                    return read;
                }));
    }

    /**
     * Touches the draft kept under this token, so it lasts another session timeout from now: the
     * reporter chose to keep going when warned that it was about to end.
     *
     * @return whether a draft with this token's secret is kept
     */
    public boolean touch(DraftToken token) {
        String secretHash = token.secretHash();
        Instant now = clock.instant();
        Boolean touched = transactions.execute(status -> drafts.findById(token.id())
                .filter(kept -> sameHash(kept.getSecretHash(), secretHash))
                .map(kept -> {
                    kept.touch(now);
                    return true;
                })
                .orElse(false));
        return Boolean.TRUE.equals(touched);
    }

    /** Forgets the draft: the report was sent, or the reporter pressed "Exit this page". */
    public void end(DraftToken token) {
        String secretHash = token.secretHash();
        transactions.executeWithoutResult(status -> drafts.deleteByIdAndSecretHash(token.id(), secretHash));
    }

    /** @return how many drafts untouched for the session timeout were deleted */
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(idle);
        Integer deleted = transactions.execute(status -> drafts.deleteTouchedBefore(cutoff));
        return deleted == null ? 0 : deleted;
    }

    /** The draft in kept answers, when they are this token's; drafts kept by older versions read too. */
    static Optional<SavedDraft> read(DraftToken token, String answers) {
        try {
            Snapshot snapshot = JSON.readValue(answers, Snapshot.class);
            if (!token.id().equals(snapshot.draft())) {
                // the encrypted answers of another row copied into this one
                log.warn("A kept draft holds the answers of another draft; it is not loaded");
                return Optional.empty();
            }
            return Optional.of(new SavedDraft(snapshot.toDraft(), snapshot.page()));
        } catch (JacksonException unreadable) {
            log.warn("A kept draft cannot be read; the form starts afresh");
            return Optional.empty();
        }
    }

    private static boolean sameHash(String kept, String given) {
        return MessageDigest.isEqual(
                kept.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** What is kept of a draft, with the id of the row it belongs to, which a load checks. */
    record Snapshot(
            String draft,
            String page,
            Instant startedAt,
            String idempotencyKey,
            String followUpKey,
            @Nullable Answer dangerNow,
            @Nullable ConcernFor concernFor,
            @Nullable AgeBand ageBand,
            @Nullable List<String> signs,
            @Nullable String noticed,
            @Nullable String placeKind,
            @Nullable String area,
            @Nullable String town,
            @Nullable Boolean journey,
            @Nullable String journeyTo,
            @Nullable String postcodeDistrict,
            @Nullable String location,
            @Nullable LocalDate seenOn,
            @Nullable String seenDay,
            @Nullable String seenMonth,
            @Nullable String seenYear,
            @Nullable LocalTime seenAt,
            @Nullable Answer stillHappening,
            @Nullable Answer happenedBefore,
            @Nullable List<Detail> details,
            boolean contactMe,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            @Nullable String contactNotes,
            @Nullable String website,
            @Nullable String language) {

        static Snapshot of(DraftToken token, ReportDraft draft, String page) {
            return new Snapshot(
                    token.id(),
                    page,
                    draft.getStartedAt(),
                    draft.idempotencyKey(),
                    draft.followUpKey().value(),
                    draft.getDangerNow(),
                    draft.getConcernFor(),
                    draft.getAgeBand(),
                    List.copyOf(draft.getSigns()),
                    draft.getNoticed(),
                    draft.getPlaceKind(),
                    draft.getArea(),
                    draft.getTown(),
                    draft.isJourney(),
                    draft.getJourneyTo(),
                    draft.getPostcodeDistrict(),
                    draft.getLocation(),
                    draft.getSeenOn(),
                    draft.getSeenOnTyped().day(),
                    draft.getSeenOnTyped().month(),
                    draft.getSeenOnTyped().year(),
                    draft.getSeenAt(),
                    draft.getStillHappening(),
                    draft.getHappenedBefore(),
                    draft.getDetails(),
                    draft.isContactMe(),
                    draft.getContactName(),
                    draft.getContactPhone(),
                    draft.getContactEmail(),
                    draft.getContactNotes(),
                    draft.getWebsite(),
                    draft.language());
        }

        ReportDraft toDraft() {
            ReportDraft restored = new ReportDraft(startedAt, idempotencyKey, new FollowUpKey(followUpKey));
            restored.setDangerNow(dangerNow);
            restored.setConcernFor(concernFor);
            restored.setAgeBand(ageBand);
            restored.setSigns(signs == null ? null : new LinkedHashSet<>(signs));
            restored.setNoticed(noticed);
            restored.setPlaceKind(placeKind);
            restored.setArea(area);
            restored.setTown(town);
            restored.setJourney(Boolean.TRUE.equals(journey));
            restored.setJourneyTo(journeyTo);
            restored.setPostcodeDistrict(postcodeDistrict);
            restored.setLocation(location);
            if (seenDay == null && seenMonth == null && seenYear == null) {
                // kept before the date was typed into three boxes
                restored.setSeenOn(seenOn);
            } else {
                restored.setSeenOnTyped(new DayMonthYear(
                        seenDay == null ? "" : seenDay,
                        seenMonth == null ? "" : seenMonth,
                        seenYear == null ? "" : seenYear));
            }
            restored.setSeenAt(seenAt);
            restored.setStillHappening(stillHappening);
            restored.setHappenedBefore(happenedBefore);
            restored.setDetails(
                    details == null
                            ? null
                            : details.stream().filter(Snapshot::whole).toList());
            restored.setContactMe(contactMe);
            restored.setContactName(contactName);
            restored.setContactPhone(contactPhone);
            restored.setContactEmail(contactEmail);
            restored.setContactNotes(contactNotes);
            restored.setWebsite(website);
            // a draft kept before the form had other languages was filled in in English
            if (language != null) {
                restored.setLanguage(language);
            }
            return restored;
        }

        // a detail is read back from JSON: one without a kind was never written by save, and one
        // kept before vehicles had a colour and a make has its missing parts made empty
        @SuppressWarnings("NullAway")
        private static boolean whole(@Nullable Detail detail) {
            return detail != null && detail.kind() != null && detail.value() != null;
        }
    }
}
