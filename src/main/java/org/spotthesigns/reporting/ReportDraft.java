package org.spotthesigns.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a report while a person fills the form in, one step at a time. Nothing here is
 * trusted: {@link ReportRules} checks it and {@link ReportService} cleans every text before it
 * is kept.
 */
public class ReportDraft {

    private static final RandomGenerator KEYS = ReportReference.strongRandom();

    /** The language of a report whose form named none: the portal's first language. */
    public static final String ENGLISH = org.spotthesigns.shared.LanguageAddresses.ENGLISH;

    /** The shape of a language's code, as its folder in {@code content/} is named. */
    private static final java.util.regex.Pattern LANGUAGE_CODE = java.util.regex.Pattern.compile("[a-z]{2,3}");

    public enum Answer {
        YES,
        NO,
        NOT_SURE
    }

    public enum ConcernFor {
        CHILD,
        VULNERABLE_ADULT,
        MYSELF
    }

    public enum AgeBand {
        UNDER_13,
        AGE_13_TO_17,
        AGE_18_TO_24,
        AGE_25_OR_OVER,
        NOT_SURE
    }

    public enum DetailKind {
        /**
         * A vehicle: its registration as the value, with its colour and make. Each part is optional,
         * but one must be given. The name comes from when a vehicle was its registration alone; it
         * is stored with reports and kept drafts, so it stays.
         */
        VEHICLE_REGISTRATION,
        /** A taxi or private hire booking or job number as the value, with the firm's name. */
        BOOKING_NUMBER,
        PHONE_NUMBER,
        NICKNAME,
        SOCIAL_MEDIA;

        /** Whether a row of this kind has a colour and a make. */
        public boolean isVehicle() {
            return this == VEHICLE_REGISTRATION;
        }

        /** Whether a row of this kind names a firm. */
        public boolean isBooking() {
            return this == BOOKING_NUMBER;
        }
    }

    /**
     * One helpful detail, such as a vehicle or a phone number; a report may have several of each
     * kind. Only a vehicle has a colour and a make, and only a booking a firm: for other kinds
     * these stay empty.
     *
     * @param value the registration of a vehicle, the number of a booking, or the detail itself
     */
    public record Detail(DetailKind kind, String value, String colour, String make, String firm) {

        // a detail read back from a kept draft or an older row may lack the parts added later
        @SuppressWarnings("NullAway")
        public Detail {
            value = value == null ? "" : value;
            colour = colour == null ? "" : colour;
            make = make == null ? "" : make;
            firm = firm == null ? "" : firm;
        }

        public Detail(DetailKind kind, String value) {
            this(kind, value, "", "", "");
        }

        public static Detail vehicle(String registration, String colour, String make) {
            return new Detail(DetailKind.VEHICLE_REGISTRATION, registration, colour, make, "");
        }

        public static Detail booking(String number, String firm) {
            return new Detail(DetailKind.BOOKING_NUMBER, number, "", "", firm);
        }

        /** Every part as typed, empty ones included: what the rules and the link count read. */
        public java.util.stream.Stream<String> parts() {
            return java.util.stream.Stream.of(value, colour, make, firm);
        }
    }

    private @Nullable Answer dangerNow;
    private @Nullable ConcernFor concernFor;
    private @Nullable AgeBand ageBand;
    private Set<String> signs = new LinkedHashSet<>();
    private String noticed = "";
    private @Nullable String placeKind;
    /** The town or village (its id in {@code content/en/options/towns.yml}), or what was typed. */
    private @Nullable String town;
    /** Whether it happened on a journey: then {@link #town} is where it started. */
    private boolean journey;
    /** Where the journey ended: a town id, or what was typed. */
    private @Nullable String journeyTo;
    /** The district part of a postcode, such as LE11; a full postcode is cut to it when it is set. */
    private String postcodeDistrict = "";
    /** The area (district) as stored with a report; the form leaves it to the town. */
    private @Nullable String area;
    /** The area of the journey's end, as stored with a report. */
    private @Nullable String journeyToArea;

    private String location = "";
    /** The date seen, as typed into its day, month and year boxes; see {@link #getSeenOn()}. */
    private DayMonthYear seenOnTyped = DayMonthYear.empty();

    private @Nullable LocalTime seenAt;
    private @Nullable Answer stillHappening;
    private @Nullable Answer happenedBefore;
    private List<Detail> details = new ArrayList<>();
    private boolean contactMe;
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";
    private String contactNotes = "";
    /** A field people never see; only a program filling every field in puts anything here. */
    private String website = "";
    /**
     * The language of the form the reporter filled in, as the code of its folder in
     * {@code content/}; {@link ReportRules} checks that it is one of the portal's languages.
     */
    private String language = ENGLISH;

    private final Instant startedAt;
    /**
     * Names this draft's report, and is stored with it: a send repeated after a failure (whose
     * report may have been stored all the same) finds that report instead of storing a second.
     * A new draft, made once a report is sent or the draft forgotten, has a new one.
     */
    private final String idempotencyKey;
    /**
     * The follow-up key this draft's report gets. Made with the draft and kept with it, so that a
     * repeated send can show the reporter the key of the report already stored, which exists
     * nowhere else in readable form.
     */
    private final FollowUpKey followUpKey;

    public ReportDraft(Instant startedAt) {
        this(startedAt, UUID.randomUUID().toString(), FollowUpKey.random(KEYS));
    }

    /** A draft kept outside the node (see {@link SavedDrafts}), with the keys it was made with. */
    ReportDraft(Instant startedAt, String idempotencyKey, FollowUpKey followUpKey) {
        this.startedAt = startedAt;
        this.idempotencyKey = idempotencyKey;
        this.followUpKey = followUpKey;
    }

    public @Nullable Answer getDangerNow() {
        return dangerNow;
    }

    public void setDangerNow(@Nullable Answer dangerNow) {
        this.dangerNow = dangerNow;
    }

    public @Nullable ConcernFor getConcernFor() {
        return concernFor;
    }

    public void setConcernFor(@Nullable ConcernFor concernFor) {
        this.concernFor = concernFor;
    }

    public @Nullable AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(@Nullable AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public Set<String> getSigns() {
        return signs;
    }

    public void setSigns(@Nullable Set<String> signs) {
        this.signs = signs == null ? new LinkedHashSet<>() : new LinkedHashSet<>(signs);
    }

    public String getNoticed() {
        return noticed;
    }

    public void setNoticed(@Nullable String noticed) {
        this.noticed = noticed == null ? "" : noticed;
    }

    public @Nullable String getPlaceKind() {
        return placeKind;
    }

    public void setPlaceKind(@Nullable String placeKind) {
        this.placeKind = placeKind;
    }

    public @Nullable String getArea() {
        return area;
    }

    public void setArea(@Nullable String area) {
        this.area = area;
    }

    public @Nullable String getTown() {
        return town;
    }

    public void setTown(@Nullable String town) {
        this.town = town;
    }

    public boolean isJourney() {
        return journey;
    }

    public void setJourney(boolean journey) {
        this.journey = journey;
    }

    public @Nullable String getJourneyTo() {
        return journeyTo;
    }

    public void setJourneyTo(@Nullable String journeyTo) {
        this.journeyTo = journeyTo;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    /** Keeps the district alone when a whole postcode is given: a full postcode is never held. */
    public void setPostcodeDistrict(@Nullable String postcode) {
        this.postcodeDistrict = PostcodeDistrict.keep(postcode);
    }

    public @Nullable String getJourneyToArea() {
        return journeyToArea;
    }

    public void setJourneyToArea(@Nullable String journeyToArea) {
        this.journeyToArea = journeyToArea;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(@Nullable String location) {
        this.location = location == null ? "" : location;
    }

    /** The date seen, when what was typed names a real date (still to be checked against today). */
    public @Nullable LocalDate getSeenOn() {
        return seenOnTyped.date().orElse(null);
    }

    /** Fills the day, month and year in with a date, as the quick choices do. */
    public void setSeenOn(@Nullable LocalDate seenOn) {
        this.seenOnTyped = DayMonthYear.of(seenOn);
    }

    /** The day, month and year as typed, kept whole even when they make no date. */
    public DayMonthYear getSeenOnTyped() {
        return seenOnTyped;
    }

    public void setSeenOnTyped(@Nullable DayMonthYear typed) {
        this.seenOnTyped = typed == null ? DayMonthYear.empty() : typed;
    }

    public @Nullable LocalTime getSeenAt() {
        return seenAt;
    }

    public void setSeenAt(@Nullable LocalTime seenAt) {
        this.seenAt = seenAt;
    }

    public @Nullable Answer getStillHappening() {
        return stillHappening;
    }

    public void setStillHappening(@Nullable Answer stillHappening) {
        this.stillHappening = stillHappening;
    }

    public @Nullable Answer getHappenedBefore() {
        return happenedBefore;
    }

    public void setHappenedBefore(@Nullable Answer happenedBefore) {
        this.happenedBefore = happenedBefore;
    }

    public List<Detail> getDetails() {
        return details;
    }

    public void setDetails(@Nullable List<Detail> details) {
        this.details = details == null ? new ArrayList<>() : new ArrayList<>(details);
    }

    public boolean isContactMe() {
        return contactMe;
    }

    public void setContactMe(boolean contactMe) {
        this.contactMe = contactMe;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName == null ? "" : contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone == null ? "" : contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail == null ? "" : contactEmail;
    }

    public String getContactNotes() {
        return contactNotes;
    }

    public void setContactNotes(@Nullable String contactNotes) {
        this.contactNotes = contactNotes == null ? "" : contactNotes;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website == null ? "" : website;
    }

    /** The language of the form the reporter used: {@code en}, {@code pl}, {@code ur}... */
    public String language() {
        return language;
    }

    /**
     * Records the language of the form the reporter is using.
     *
     * @param language the code of one of the portal's languages, as its address names it
     * @throws IllegalArgumentException when it is not two or three lowercase letters; a code of
     *     that shape that is not one of the portal's languages is refused by {@link ReportRules}
     */
    public void setLanguage(String language) {
        if (language == null || !LANGUAGE_CODE.matcher(language).matches()) {
            throw new IllegalArgumentException("not a language code");
        }
        this.language = language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    FollowUpKey followUpKey() {
        return followUpKey;
    }
}
