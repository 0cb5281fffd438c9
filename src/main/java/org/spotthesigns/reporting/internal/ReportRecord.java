package org.spotthesigns.reporting.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.PublicStatus;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/**
 * A stored report as the reporter gave it and sees it: every answer as cleaned text, the thread
 * with the reporter, and the status the reporter is shown. The case moderators work on (its
 * status, claim, priority, notes) is moderation's, with a version of its own, so a reporter's
 * reply never refuses a moderator's change. Only the columns that changed are written, so a
 * reply and a status update at the same moment never undo each other.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "report")
public class ReportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 11)
    private String reference;

    @Column(name = "follow_up_key_hash", nullable = false, length = 100)
    private String followUpKeyHash;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "content_release", nullable = false, length = 64)
    private String contentRelease;

    @Enumerated(EnumType.STRING)
    @Column(name = "danger_now", nullable = false, length = 16)
    private Answer dangerNow;

    @Enumerated(EnumType.STRING)
    @Column(name = "concern_for", nullable = false, length = 24)
    private ConcernFor concernFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 24)
    private AgeBand ageBand;

    @ElementCollection
    @CollectionTable(name = "report_sign", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "sign_id", nullable = false, length = 64)
    private Set<String> signs = new LinkedHashSet<>();

    @Column(nullable = false, length = 64000)
    private String noticed;

    @Column(name = "words_fingerprint", length = 64)
    private String wordsFingerprint;

    @Column(name = "place_kind", nullable = false, length = 64)
    private String placeKind;

    @Column(nullable = false, length = 64)
    private String area;

    @Column(nullable = false, length = 8000)
    private String location;

    /** The town or village, by its id; null on reports stored before towns were asked. */
    @Column(length = 64)
    private @Nullable String town;

    /** Where a journey ended, by its town's id, and that town's area; null when it was no journey. */
    @Column(name = "journey_to_town", length = 64)
    private @Nullable String journeyToTown;

    @Column(name = "journey_to_area", length = 64)
    private @Nullable String journeyToArea;

    /** The district part of a postcode, such as LE11; never a full postcode. */
    @Column(name = "postcode_district", length = 4)
    private @Nullable String postcodeDistrict;

    @Column(name = "seen_on", nullable = false)
    private LocalDate seenOn;

    @Column(name = "seen_at")
    private LocalTime seenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "still_happening", nullable = false, length = 16)
    private Answer stillHappening;

    @Enumerated(EnumType.STRING)
    @Column(name = "happened_before", nullable = false, length = 16)
    private Answer happenedBefore;

    @ElementCollection
    @CollectionTable(name = "report_detail", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<StoredDetail> details = new ArrayList<>();

    @Column(name = "contact_me", nullable = false)
    private boolean contactMe;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_name", length = 2220)
    private String contactName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_phone", length = 1020)
    private String contactPhone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_email", length = 5520)
    private String contactEmail;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_notes", length = 6520)
    private String contactNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_status", nullable = false, length = 24)
    private PublicStatus publicStatus;

    @Column(name = "honeypot_filled", nullable = false)
    private boolean honeypotFilled;

    @Column(name = "seconds_to_complete", nullable = false)
    private int secondsToComplete;

    @Column(name = "link_count", nullable = false)
    private int linkCount;

    /** The language of the form the reporter used, such as {@code pl} (V28); older reports are English. */
    @Column(nullable = false, length = 3)
    private String language = "en";

    /** The sending draft's name: a repeated send of the same draft finds this report (V15). */
    @Column(name = "idempotency_key", length = 36)
    private String idempotencyKey;

    @Version
    private long version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentAt, id")
    private List<ReportMessageRecord> messages = new ArrayList<>();

    protected ReportRecord() {}

    /** A new report, received at {@code submittedAt}: received, as the reporter is told. */
    // The answers are given next, by answers(), where() and when(), before the record is saved; the
    // columns' NOT NULL constraints would refuse a record saved without them.
    @SuppressWarnings("NullAway.Init")
    public ReportRecord(String reference, String followUpKeyHash, Instant submittedAt, String contentRelease) {
        this.reference = reference;
        this.followUpKeyHash = followUpKeyHash;
        this.submittedAt = submittedAt;
        this.contentRelease = contentRelease;
        this.publicStatus = PublicStatus.RECEIVED;
    }

    /** Names the draft this report was sent from, so that sending it again finds this report. */
    public void sentFrom(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public void answers(
            Answer dangerNow,
            ConcernFor concernFor,
            AgeBand ageBand,
            Set<String> signs,
            String noticed,
            String wordsFingerprint) {
        this.wordsFingerprint = wordsFingerprint;
        this.dangerNow = dangerNow;
        this.concernFor = concernFor;
        this.ageBand = ageBand;
        this.signs = new LinkedHashSet<>(signs);
        this.noticed = noticed;
    }

    /** The language of the form the reporter used: one of the portal's, checked before it reaches here. */
    public void writtenIn(String language) {
        this.language = language;
    }

    public void where(String placeKind, String area, String location) {
        this.placeKind = placeKind;
        this.area = area;
        this.location = location;
    }

    /**
     * The town, the end of a journey and the postcode district, all checked against the towns
     * list and the postcode rules before they reach here.
     */
    public void place(
            String town,
            @Nullable String journeyToTown,
            @Nullable String journeyToArea,
            @Nullable String postcodeDistrict) {
        this.town = town;
        this.journeyToTown = journeyToTown;
        this.journeyToArea = journeyToArea;
        this.postcodeDistrict = postcodeDistrict;
    }

    public void when(LocalDate seenOn, LocalTime seenAt, Answer stillHappening, Answer happenedBefore) {
        this.seenOn = seenOn;
        this.seenAt = seenAt;
        this.stillHappening = stillHappening;
        this.happenedBefore = happenedBefore;
    }

    /** Colour and make are kept for a vehicle, and the firm for a booking; empty parts as null. */
    public void addDetail(DetailKind kind, String value, String colour, String make, String firm) {
        details.add(new StoredDetail(kind, value, colour, make, firm));
    }

    /** Contact details are kept only when the reporter asked to be contacted. */
    public void contact(String name, String phone, String email, String notes) {
        this.contactMe = true;
        this.contactName = name;
        this.contactPhone = phone;
        this.contactEmail = email;
        this.contactNotes = notes;
    }

    public void spamSignals(boolean honeypotFilled, int secondsToComplete, int linkCount) {
        this.honeypotFilled = honeypotFilled;
        this.secondsToComplete = secondsToComplete;
        this.linkCount = linkCount;
    }

    /** A message of the thread, from the reporter or from a moderator. */
    public void addMessage(Author author, String body, Instant sentAt, @Nullable String moderator) {
        messages.add(new ReportMessageRecord(this, author, body, sentAt, moderator));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getFollowUpKeyHash() {
        return followUpKeyHash;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getContentRelease() {
        return contentRelease;
    }

    public Answer getDangerNow() {
        return dangerNow;
    }

    public ConcernFor getConcernFor() {
        return concernFor;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Set<String> getSigns() {
        return signs;
    }

    public String getNoticed() {
        return noticed;
    }

    public String getWordsFingerprint() {
        return wordsFingerprint;
    }

    public String getLanguage() {
        return language;
    }

    public String getPlaceKind() {
        return placeKind;
    }

    public String getArea() {
        return area;
    }

    public String getLocation() {
        return location;
    }

    public @Nullable String getTown() {
        return town;
    }

    public @Nullable String getJourneyToTown() {
        return journeyToTown;
    }

    public @Nullable String getJourneyToArea() {
        return journeyToArea;
    }

    public @Nullable String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public LocalDate getSeenOn() {
        return seenOn;
    }

    public LocalTime getSeenAt() {
        return seenAt;
    }

    public Answer getStillHappening() {
        return stillHappening;
    }

    public Answer getHappenedBefore() {
        return happenedBefore;
    }

    public List<StoredDetail> getDetails() {
        return details;
    }

    public boolean isContactMe() {
        return contactMe;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactNotes() {
        return contactNotes;
    }

    public PublicStatus getPublicStatus() {
        return publicStatus;
    }

    public boolean isHoneypotFilled() {
        return honeypotFilled;
    }

    public int getSecondsToComplete() {
        return secondsToComplete;
    }

    public int getLinkCount() {
        return linkCount;
    }

    public List<ReportMessageRecord> getMessages() {
        return messages;
    }

    public long getVersion() {
        return version;
    }

    /**
     * A helpful detail as stored, in the order the reporter gave them. Rows stored before vehicles
     * had a colour and a make, and bookings a firm, have none: they read as empty.
     */
    @Embeddable
    public static class StoredDetail {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 32)
        private DetailKind kind;

        @Column(name = "detail_value", nullable = false, length = 1600)
        private String value;

        @Column(name = "detail_colour", length = 640)
        private @Nullable String colour;

        @Column(name = "detail_make", length = 960)
        private @Nullable String make;

        @Column(name = "detail_firm", length = 1600)
        private @Nullable String firm;

        protected StoredDetail() {}

        StoredDetail(DetailKind kind, String value, String colour, String make, String firm) {
            this.kind = kind;
            this.value = value;
            this.colour = colour.isEmpty() ? null : colour;
            this.make = make.isEmpty() ? null : make;
            this.firm = firm.isEmpty() ? null : firm;
        }

        public DetailKind getKind() {
            return kind;
        }

        public String getValue() {
            return value;
        }

        public String getColour() {
            return colour == null ? "" : colour;
        }

        public String getMake() {
            return make == null ? "" : make;
        }

        public String getFirm() {
            return firm == null ? "" : firm;
        }
    }
}
