package org.spotthesigns.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.shared.AreaTime;
import org.spotthesigns.shared.PlainText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What each step of the report form requires. The form asks these rules when a person moves on,
 * and {@link ReportService} asks them all again before anything is stored. Lengths are measured
 * on the cleaned text, as it will be kept: in characters as a person sees them, and separately in
 * bytes against the ceiling that keeps every accepted answer within its database column
 * ({@link PlainText#byteCeiling}).
 */
@Component
public class ReportRules {

    public static final int NOTICED_LIMIT = 4000;
    public static final int LOCATION_LIMIT = 500;
    public static final int DETAIL_LIMIT = 100;
    public static final int DETAILS_MAX = 20;
    /** Room for a UK plate, a foreign one, or "AB12, the rest hidden". */
    public static final int REGISTRATION_LIMIT = 30;

    public static final int COLOUR_LIMIT = 40;
    public static final int MAKE_LIMIT = 60;
    public static final int BOOKING_LIMIT = 40;
    public static final int FIRM_LIMIT = 100;
    public static final int NAME_LIMIT = 100;
    public static final int PHONE_LIMIT = 30;
    public static final int EMAIL_LIMIT = 254;
    public static final int CONTACT_NOTES_LIMIT = 300;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Supplier<Set<String>> signIds;
    private final Supplier<Set<String>> placeKindIds;
    /** Each town's id with the id of its area. */
    private final Supplier<Map<String, String>> townAreas;

    private final Clock clock;

    @Autowired
    ReportRules(GuidanceService guidance, Clock clock) {
        this(
                () -> guidance.signs(Locale.UK).stream().map(GuidancePage::id).collect(Collectors.toSet()),
                () -> ids(guidance.placeKinds(Locale.UK)),
                () -> townAreas(guidance.towns(Locale.UK)),
                clock);
    }

    /** The answers the form offers: signs, kinds of place, and towns with their areas, by id. */
    ReportRules(
            Supplier<Set<String>> signIds,
            Supplier<Set<String>> placeKindIds,
            Supplier<Map<String, String>> townAreas,
            Clock clock) {
        this.signIds = signIds;
        this.placeKindIds = placeKindIds;
        this.townAreas = townAreas;
        this.clock = clock;
    }

    public List<Problem> check(ReportStep step, ReportDraft draft) {
        List<Problem> problems = new ArrayList<>();
        switch (step) {
            case DANGER -> required(problems, draft.getDangerNow(), "dangerNow");
            case WHO -> {
                required(problems, draft.getConcernFor(), "concernFor");
                required(problems, draft.getAgeBand(), "ageBand");
            }
            case WHAT -> checkWhat(problems, draft);
            case WHERE -> {
                known(problems, draft.getPlaceKind(), placeKindIds.get(), "placeKind");
                checkWhere(problems, draft);
            }
            case WHEN -> checkWhen(problems, draft);
            case DETAILS -> checkDetails(problems, draft);
            case ABOUT_YOU -> checkContact(problems, draft);
        }
        return problems;
    }

    public List<Problem> checkAll(ReportDraft draft) {
        List<Problem> problems = new ArrayList<>();
        for (ReportStep step : ReportStep.values()) {
            problems.addAll(check(step, draft));
        }
        return problems;
    }

    private void checkWhat(List<Problem> problems, ReportDraft draft) {
        if (!signIds.get().containsAll(draft.getSigns())) {
            problems.add(Problem.of("signs", "report.error.signs.unknown"));
        }
        limit(problems, draft.getNoticed(), NOTICED_LIMIT, "noticed");
        if (draft.getSigns().isEmpty() && PlainText.clean(draft.getNoticed()).isEmpty()) {
            problems.add(Problem.of("signs", "report.error.what.required"));
        }
    }

    private void checkWhere(List<Problem> problems, ReportDraft draft) {
        Set<String> towns = townAreas.get().keySet();
        town(problems, draft.getTown(), towns, "town");
        if (draft.isJourney()) {
            town(problems, draft.getJourneyTo(), towns, "journeyTo");
        }
        String postcode = draft.getPostcodeDistrict();
        if (!postcode.isBlank() && !PostcodeDistrict.isDistrict(postcode)) {
            problems.add(Problem.of("postcodeDistrict", "report.error.postcodeDistrict.format"));
        }
        limit(problems, draft.getLocation(), LOCATION_LIMIT, "location");
    }

    /** A town must be one of the list; what was typed and matched none is named back to the reporter. */
    private static void town(List<Problem> problems, @Nullable String answer, Set<String> towns, String field) {
        String typed = answer == null ? "" : PlainText.clean(answer);
        if (typed.isEmpty()) {
            problems.add(Problem.of(field, "report.error." + field + ".required"));
        } else if (!towns.contains(typed)) {
            problems.add(Problem.of(field, "report.error.town.unknown"));
        }
    }

    /** The area (district) of a town from the list, by their ids. */
    public Optional<String> areaOf(@Nullable String town) {
        return town == null
                ? Optional.empty()
                : Optional.ofNullable(townAreas.get().get(town));
    }

    private void checkWhen(List<Problem> problems, ReportDraft draft) {
        checkSeenOn(draft.getSeenOnTyped()).ifPresent(problems::add);
        required(problems, draft.getStillHappening(), "stillHappening");
        required(problems, draft.getHappenedBefore(), "happenedBefore");
    }

    /**
     * The first thing wrong with the date as typed, placed at the box to correct ("seenOn.day",
     * "seenOn.month", "seenOn.year"), or at the whole date ("seenOn") when no one box is wrong:
     * nothing typed, or a date still to come. A missing part is named; then a day, month or year
     * that cannot be; then a day the month does not have (31 February).
     */
    Optional<Problem> checkSeenOn(DayMonthYear typed) {
        if (typed.isEmpty()) {
            return Optional.of(Problem.of("seenOn", "report.error.seenOn.required"));
        }
        boolean noDay = DayMonthYear.blank(typed.day());
        boolean noMonth = DayMonthYear.blank(typed.month());
        boolean noYear = DayMonthYear.blank(typed.year());
        if (noDay || noMonth || noYear) {
            String first = noDay ? "day" : noMonth ? "month" : "year";
            String missing = (noDay ? "Day" : "") + (noMonth ? "Month" : "") + (noYear ? "Year" : "");
            return Optional.of(Problem.of("seenOn." + first, "report.error.seenOn.missing" + missing));
        }
        OptionalInt day = DayMonthYear.number(typed.day());
        if (day.isEmpty() || day.getAsInt() < 1 || day.getAsInt() > 31) {
            return Optional.of(Problem.of("seenOn.day", "report.error.seenOn.day"));
        }
        OptionalInt month = DayMonthYear.number(typed.month());
        if (month.isEmpty() || month.getAsInt() < 1 || month.getAsInt() > 12) {
            return Optional.of(Problem.of("seenOn.month", "report.error.seenOn.month"));
        }
        OptionalInt year = DayMonthYear.number(typed.year());
        if (year.isEmpty() || !DayMonthYear.fourDigits(typed.year())) {
            return Optional.of(Problem.of("seenOn.year", "report.error.seenOn.year"));
        }
        YearMonth yearMonth = YearMonth.of(year.getAsInt(), month.getAsInt());
        if (!yearMonth.isValidDay(day.getAsInt())) {
            return Optional.of(Problem.of("seenOn.day", "report.error.seenOn.notReal", yearMonth.lengthOfMonth()));
        }
        if (yearMonth.atDay(day.getAsInt()).isAfter(today())) {
            return Optional.of(Problem.of("seenOn", "report.error.seenOn.future"));
        }
        return Optional.empty();
    }

    /** Today where the portal serves: what "Today" fills in, and the latest date a report may name. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(AreaTime.ZONE));
    }

    /** What "Yesterday" fills in. */
    public LocalDate yesterday() {
        return today().minusDays(1);
    }

    private void checkDetails(List<Problem> problems, ReportDraft draft) {
        List<Detail> details = draft.getDetails();
        if (details.size() > DETAILS_MAX) {
            problems.add(Problem.of("details", "report.error.details.tooMany", DETAILS_MAX));
        }
        for (int i = 0; i < details.size(); i++) {
            Detail detail = details.get(i);
            String field = "details." + i;
            if (detail.kind() == null) {
                problems.add(Problem.of(field, "report.error.detail.kind"));
            } else if (detail.kind().isVehicle()) {
                checkVehicle(problems, detail, field);
            } else if (detail.kind().isBooking()) {
                if (PlainText.clean(detail.value()).isEmpty()) {
                    problems.add(Problem.of(field, "report.error.booking.empty"));
                } else {
                    limit(problems, detail.value(), BOOKING_LIMIT, field);
                }
                limit(problems, detail.firm(), FIRM_LIMIT, field + ".firm");
            } else if (PlainText.clean(detail.value()).isEmpty()) {
                problems.add(Problem.of(field, "report.error.detail.empty"));
            } else {
                limit(problems, detail.value(), DETAIL_LIMIT, field);
            }
        }
    }

    /** Registration, colour and make are each optional, but a vehicle row with none of them says nothing. */
    private static void checkVehicle(List<Problem> problems, Detail vehicle, String field) {
        boolean described = !PlainText.clean(vehicle.value()).isEmpty()
                || !PlainText.clean(vehicle.colour()).isEmpty()
                || !PlainText.clean(vehicle.make()).isEmpty();
        if (!described) {
            problems.add(Problem.of(field, "report.error.vehicle.empty"));
            return;
        }
        limit(problems, vehicle.value(), REGISTRATION_LIMIT, field);
        limit(problems, vehicle.colour(), COLOUR_LIMIT, field + ".colour");
        limit(problems, vehicle.make(), MAKE_LIMIT, field + ".make");
    }

    private void checkContact(List<Problem> problems, ReportDraft draft) {
        if (!draft.isContactMe()) {
            return;
        }
        String phone = PlainText.clean(draft.getContactPhone());
        String email = PlainText.clean(draft.getContactEmail());
        if (phone.isEmpty() && email.isEmpty()) {
            problems.add(Problem.of("contactPhone", "report.error.contact.required"));
        }
        limit(problems, draft.getContactName(), NAME_LIMIT, "contactName");
        if (!phone.isEmpty()
                && !limit(problems, phone, PHONE_LIMIT, "contactPhone")
                && !PHONE.matcher(phone).matches()) {
            problems.add(Problem.of("contactPhone", "report.error.contactPhone.format"));
        }
        if (!email.isEmpty()
                && !limit(problems, email, EMAIL_LIMIT, "contactEmail")
                && !EMAIL.matcher(email).matches()) {
            problems.add(Problem.of("contactEmail", "report.error.contactEmail.format"));
        }
        limit(problems, draft.getContactNotes(), CONTACT_NOTES_LIMIT, "contactNotes");
    }

    private static void required(List<Problem> problems, @Nullable Object answer, String field) {
        if (answer == null) {
            problems.add(Problem.of(field, "report.error." + field + ".required"));
        }
    }

    private static void known(List<Problem> problems, @Nullable String answer, Set<String> known, String field) {
        if (answer == null) {
            problems.add(Problem.of(field, "report.error." + field + ".required"));
        } else if (!known.contains(answer)) {
            problems.add(Problem.of(field, "report.error.choice.unknown"));
        }
    }

    /**
     * Adds a problem and says so when the cleaned text is longer than its limit in characters, or
     * (a rarer case: long emoji sequences, piles of accents) larger than its byte ceiling.
     */
    private static boolean limit(List<Problem> problems, String typed, int limit, String field) {
        String text = PlainText.clean(typed);
        if (!PlainText.withinLength(text, limit)) {
            problems.add(Problem.of(field, "report.error.tooLong", limit));
            return true;
        }
        if (!PlainText.withinBytes(text, limit)) {
            problems.add(Problem.of(field, "report.error.tooBig"));
            return true;
        }
        return false;
    }

    private static Set<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }

    private static Map<String, String> townAreas(List<Choice> towns) {
        Map<String, String> areas = new HashMap<>();
        towns.forEach(town -> areas.put(town.id(), java.util.Objects.requireNonNull(town.area())));
        return areas;
    }
}
