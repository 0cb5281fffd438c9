package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

class ReportRulesTest {

    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final ReportRules rules = new ReportRules(
            () -> Set.of("two-phones", "lots-of-cash"),
            () -> Set.of("banks", "online"),
            () -> java.util.Map.of("leicester", "leicester", "loughborough", "charnwood"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_complete_report_breaks_no_rule() {
        assertThat(rules.checkAll(ReportDrafts.complete(NOW))).isEmpty();
    }

    @Test
    void every_required_question_says_which_answer_is_missing() {
        ReportDraft empty = new ReportDraft(NOW);

        assertThat(rules.checkAll(empty))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dangerNow", "report.error.dangerNow.required"),
                        org.assertj.core.groups.Tuple.tuple("concernFor", "report.error.concernFor.required"),
                        org.assertj.core.groups.Tuple.tuple("ageBand", "report.error.ageBand.required"),
                        org.assertj.core.groups.Tuple.tuple("signs", "report.error.what.required"),
                        org.assertj.core.groups.Tuple.tuple("placeKind", "report.error.placeKind.required"),
                        org.assertj.core.groups.Tuple.tuple("town", "report.error.town.required"),
                        org.assertj.core.groups.Tuple.tuple("seenOn", "report.error.seenOn.required"),
                        org.assertj.core.groups.Tuple.tuple("stillHappening", "report.error.stillHappening.required"),
                        org.assertj.core.groups.Tuple.tuple("happenedBefore", "report.error.happenedBefore.required"));
    }

    @Test
    void what_was_noticed_needs_a_sign_or_some_words() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setSigns(Set.of());
        draft.setNoticed("  \u200B\n\u202E  ");
        assertThat(rules.check(ReportStep.WHAT, draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.what.required");

        draft.setNoticed("<b></b>");
        assertThat(rules.check(ReportStep.WHAT, draft))
                .as("words that look like markup are words")
                .isEmpty();

        draft.setNoticed("He was given orders by phone.");
        assertThat(rules.check(ReportStep.WHAT, draft)).isEmpty();
    }

    @Test
    void a_town_must_be_one_of_the_list_and_a_journey_needs_its_end() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setTown("Narnia");
        assertThat(rules.check(ReportStep.WHERE, draft))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("town", "report.error.town.unknown"));

        draft.setTown("leicester");
        draft.setJourney(true);
        assertThat(rules.check(ReportStep.WHERE, draft))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("journeyTo", "report.error.journeyTo.required"));

        draft.setJourneyTo("loughborough");
        assertThat(rules.check(ReportStep.WHERE, draft)).isEmpty();
        assertThat(rules.areaOf(draft.getJourneyTo())).contains("charnwood");

        draft.setJourney(false);
        draft.setJourneyTo("Narnia");
        assertThat(rules.check(ReportStep.WHERE, draft))
                .as("the end of a journey is asked only for a journey")
                .isEmpty();
    }

    @Test
    void a_postcode_district_must_look_like_one_and_may_be_left_out() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        for (String district : new String[] {"", "LE11", "le1", " pe9 ", "NN17", "W1A", "EC1A"}) {
            draft.setPostcodeDistrict(district);
            assertThat(rules.check(ReportStep.WHERE, draft)).as(district).isEmpty();
        }
        for (String wrong : new String[] {"LE", "11LE", "QE1", "LE111", "LE11 3A3", "<b>", "LE-11"}) {
            draft.setPostcodeDistrict(wrong);
            assertThat(rules.check(ReportStep.WHERE, draft))
                    .as(wrong)
                    .extracting(Problem::field, Problem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "postcodeDistrict", "report.error.postcodeDistrict.format"));
        }
    }

    @Test
    void answers_the_form_does_not_offer_are_refused() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setSigns(Set.of("two-phones", "'; drop table report; --"));
        draft.setPlaceKind("moon");

        assertThat(rules.checkAll(draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.signs.unknown", "report.error.choice.unknown");
    }

    @Test
    void text_longer_than_its_limit_is_refused_with_the_limit() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setNoticed("a".repeat(ReportRules.NOTICED_LIMIT + 1));

        assertThat(rules.check(ReportStep.WHAT, draft))
                .containsExactly(Problem.of("noticed", "report.error.tooLong", ReportRules.NOTICED_LIMIT));
    }

    @Test
    void the_limit_counts_characters_as_a_person_sees_them_after_cleaning() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setNoticed("\uD83D\uDE97".repeat(ReportRules.NOTICED_LIMIT) + "\u202E");

        assertThat(rules.check(ReportStep.WHAT, draft)).isEmpty();
    }

    @Test
    void sixty_family_emoji_are_sixty_characters_within_a_limit_of_a_hundred() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(List.of(new Detail(DetailKind.NICKNAME, FAMILY.repeat(60))));
        draft.setContactName(FAMILY.repeat(60));

        assertThat(rules.checkAll(draft)).isEmpty();
    }

    @Test
    void text_within_its_limit_in_characters_but_past_its_byte_ceiling_is_refused_with_its_own_message() {
        // one character to a person, but a letter with 2,500 accents is 5,001 bytes
        String piled = "x" + "\u0301".repeat(2500);
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(List.of(new Detail(DetailKind.NICKNAME, piled)));
        draft.setNoticed(FAMILY.repeat(ReportRules.NOTICED_LIMIT));
        draft.setContactNotes(piled);

        assertThat(rules.checkAll(draft))
                .containsExactly(
                        Problem.of("noticed", "report.error.tooBig"),
                        Problem.of("details.0", "report.error.tooBig"),
                        Problem.of("contactNotes", "report.error.tooBig"));
    }

    @Test
    void an_email_address_with_braces_is_checked_as_typed() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setContactEmail("{{a}}@x.io");

        assertThat(rules.check(ReportStep.ABOUT_YOU, draft)).isEmpty();
    }

    @Test
    void a_date_in_the_future_is_refused() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setSeenOn(LocalDate.of(2026, 11, 30));

        assertThat(rules.check(ReportStep.WHEN, draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.seenOn.future");
    }

    private List<org.assertj.core.groups.Tuple> whenProblems(DayMonthYear typed) {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setSeenOnTyped(typed);
        return rules.check(ReportStep.WHEN, draft).stream()
                .map(problem ->
                        org.assertj.core.groups.Tuple.tuple(problem.field(), problem.messageKey(), problem.arguments()))
                .toList();
    }

    private static org.assertj.core.groups.Tuple problem(String field, String key, Object... arguments) {
        return org.assertj.core.groups.Tuple.tuple(field, key, List.of(arguments));
    }

    @Test
    void a_day_the_month_does_not_have_is_refused_at_the_day_with_the_length_of_the_month() {
        assertThat(whenProblems(new DayMonthYear("31", "02", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.notReal", 28));
        assertThat(whenProblems(new DayMonthYear("29", "2", "2025")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.notReal", 28));
        assertThat(whenProblems(new DayMonthYear("31", "4", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.notReal", 30));
        assertThat(whenProblems(new DayMonthYear("29", "2", "2024"))).isEmpty();
    }

    @Test
    void an_incomplete_date_says_which_parts_are_missing_at_the_first_of_them() {
        assertThat(whenProblems(DayMonthYear.empty()))
                .containsExactly(problem("seenOn", "report.error.seenOn.required"));
        assertThat(whenProblems(new DayMonthYear(" ", "\t", "")))
                .containsExactly(problem("seenOn", "report.error.seenOn.required"));
        assertThat(whenProblems(new DayMonthYear("", "11", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.missingDay"));
        assertThat(whenProblems(new DayMonthYear("5", "", "2026")))
                .containsExactly(problem("seenOn.month", "report.error.seenOn.missingMonth"));
        assertThat(whenProblems(new DayMonthYear("5", "11", " ")))
                .containsExactly(problem("seenOn.year", "report.error.seenOn.missingYear"));
        assertThat(whenProblems(new DayMonthYear("", "", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.missingDayMonth"));
        assertThat(whenProblems(new DayMonthYear("", "11", "")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.missingDayYear"));
        assertThat(whenProblems(new DayMonthYear("5", "", "")))
                .containsExactly(problem("seenOn.month", "report.error.seenOn.missingMonthYear"));
    }

    @Test
    void a_part_that_cannot_be_is_refused_at_its_box() {
        assertThat(whenProblems(new DayMonthYear("3l", "11", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.day"));
        assertThat(whenProblems(new DayMonthYear("0", "11", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.day"));
        assertThat(whenProblems(new DayMonthYear("32", "11", "2026")))
                .containsExactly(problem("seenOn.day", "report.error.seenOn.day"));
        assertThat(whenProblems(new DayMonthYear("5", "13", "2026")))
                .containsExactly(problem("seenOn.month", "report.error.seenOn.month"));
        assertThat(whenProblems(new DayMonthYear("5", "Nov", "2026")))
                .containsExactly(problem("seenOn.month", "report.error.seenOn.month"));
        assertThat(whenProblems(new DayMonthYear("5", "11", "26")))
                .containsExactly(problem("seenOn.year", "report.error.seenOn.year"));
        assertThat(whenProblems(new DayMonthYear("5", "11", "2O26")))
                .containsExactly(problem("seenOn.year", "report.error.seenOn.year"));
        assertThat(whenProblems(new DayMonthYear("5", "11", "9".repeat(50))))
                .containsExactly(problem("seenOn.year", "report.error.seenOn.year"));
    }

    @Test
    void a_date_is_read_with_spaces_leading_zeros_and_the_digits_of_other_scripts() {
        assertThat(whenProblems(new DayMonthYear(" 05 ", "011", "20 26"))).isEmpty();
        // Arabic-Indic digits, as a phone set to Urdu or Arabic types them
        DayMonthYear arabic = new DayMonthYear("\u0662\u0668", "\u0661\u0661", "\u0662\u0660\u0662\u0666");
        assertThat(whenProblems(arabic)).isEmpty();
        assertThat(arabic.date()).contains(LocalDate.of(2026, 11, 28));
        ReportDraft draft = new ReportDraft(NOW);
        draft.setSeenOnTyped(arabic);
        assertThat(draft.getSeenOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        draft.setSeenOnTyped(new DayMonthYear("31", "2", "2026"));
        assertThat(draft.getSeenOn()).isNull();
        assertThat(draft.getSeenOnTyped()).isEqualTo(new DayMonthYear("31", "2", "2026"));
    }

    @Test
    void today_and_yesterday_are_the_areas_and_a_date_after_today_is_refused() {
        // half past midnight on 1 July in London, still 30 June in UTC
        ReportRules justAfterMidnight = new ReportRules(
                Set::of,
                Set::of,
                java.util.Map::of,
                Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC));
        assertThat(justAfterMidnight.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(justAfterMidnight.yesterday()).isEqualTo(LocalDate.of(2026, 6, 30));

        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setSeenOn(justAfterMidnight.today());
        assertThat(draft.getSeenOnTyped()).isEqualTo(new DayMonthYear("1", "7", "2026"));
        assertThat(justAfterMidnight.check(ReportStep.WHEN, draft)).isEmpty();
        draft.setSeenOn(justAfterMidnight.yesterday());
        assertThat(justAfterMidnight.check(ReportStep.WHEN, draft)).isEmpty();
        draft.setSeenOnTyped(new DayMonthYear("2", "7", "2026"));
        assertThat(justAfterMidnight.check(ReportStep.WHEN, draft))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("seenOn", "report.error.seenOn.future"));
    }

    @Test
    void each_detail_needs_a_value_within_its_limit() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(
                List.of(new Detail(DetailKind.NICKNAME, "  "), new Detail(DetailKind.PHONE_NUMBER, "0".repeat(101))));

        assertThat(rules.check(ReportStep.DETAILS, draft))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("details.0", "report.error.detail.empty"),
                        org.assertj.core.groups.Tuple.tuple("details.1", "report.error.tooLong"));
    }

    @Test
    void a_vehicle_needs_one_of_its_parts_and_any_one_will_do() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(List.of(
                Detail.vehicle(" ", "\u200B", "\u202E\n"),
                Detail.vehicle("AB12 CDE", "", ""),
                Detail.vehicle("", "Silver", ""),
                Detail.vehicle("", "", "Toyota")));

        assertThat(rules.check(ReportStep.DETAILS, draft))
                .containsExactly(Problem.of("details.0", "report.error.vehicle.empty"));
    }

    @Test
    void each_part_of_a_vehicle_has_its_own_limit_and_its_error_at_its_own_field() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(List.of(
                Detail.vehicle(
                        "A".repeat(ReportRules.REGISTRATION_LIMIT),
                        "b".repeat(ReportRules.COLOUR_LIMIT),
                        "c".repeat(ReportRules.MAKE_LIMIT)),
                Detail.vehicle(
                        "A".repeat(ReportRules.REGISTRATION_LIMIT + 1),
                        "b".repeat(ReportRules.COLOUR_LIMIT + 1),
                        "c".repeat(ReportRules.MAKE_LIMIT + 1))));

        assertThat(rules.check(ReportStep.DETAILS, draft))
                .containsExactly(
                        Problem.of("details.1", "report.error.tooLong", ReportRules.REGISTRATION_LIMIT),
                        Problem.of("details.1.colour", "report.error.tooLong", ReportRules.COLOUR_LIMIT),
                        Problem.of("details.1.make", "report.error.tooLong", ReportRules.MAKE_LIMIT));
    }

    @Test
    void a_booking_needs_its_number_and_may_name_a_firm_within_their_limits() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setDetails(List.of(
                Detail.booking("AB 123", ""),
                Detail.booking("  ", "Fast Cars"),
                Detail.booking("9".repeat(ReportRules.BOOKING_LIMIT + 1), "f".repeat(ReportRules.FIRM_LIMIT + 1)),
                Detail.booking("9".repeat(ReportRules.BOOKING_LIMIT), "f".repeat(ReportRules.FIRM_LIMIT))));

        assertThat(rules.check(ReportStep.DETAILS, draft))
                .containsExactly(
                        Problem.of("details.1", "report.error.booking.empty"),
                        Problem.of("details.2", "report.error.tooLong", ReportRules.BOOKING_LIMIT),
                        Problem.of("details.2.firm", "report.error.tooLong", ReportRules.FIRM_LIMIT));
    }

    @Test
    void contact_details_are_checked_only_when_the_reporter_asks_to_be_contacted() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setContactMe(false);
        draft.setContactEmail("not an email");
        assertThat(rules.check(ReportStep.ABOUT_YOU, draft)).isEmpty();

        draft.setContactMe(true);
        draft.setContactPhone("");
        assertThat(rules.check(ReportStep.ABOUT_YOU, draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.contactEmail.format");

        draft.setContactEmail("");
        assertThat(rules.check(ReportStep.ABOUT_YOU, draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.contact.required");

        draft.setContactPhone("call me maybe");
        assertThat(rules.check(ReportStep.ABOUT_YOU, draft))
                .extracting(Problem::messageKey)
                .containsExactly("report.error.contactPhone.format");

        draft.setContactPhone("+44 7700 900123");
        assertThat(rules.check(ReportStep.ABOUT_YOU, draft)).isEmpty();
    }

    @Test
    void who_the_concern_is_for_and_the_age_band_are_both_needed() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setConcernFor(ConcernFor.MYSELF);
        draft.setAgeBand(null);

        assertThat(rules.check(ReportStep.WHO, draft))
                .extracting(Problem::field)
                .containsExactly("ageBand");
        draft.setAgeBand(AgeBand.AGE_13_TO_17);
        draft.setDangerNow(Answer.NOT_SURE);
        assertThat(rules.checkAll(draft)).isEmpty();
    }
}
