package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spotthesigns.reporting.IdentifyingWords.Kind;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

class IdentifyingWordsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call me on 07911 123456 if you need more",
                "my number is 07911123456",
                "ring +44 7911 123456",
                "text 0044 7911 123 456 after six",
                "(0116) 496 0123 is the house phone",
                "0116 4960123",
                "my mobile: 07911-123-456.",
                "020 7946 0018 is my work"
            })
    void phone_numbers_written_in_the_ways_people_write_them_are_found(String text) {
        assertThat(IdentifyingWords.in(text)).containsExactly(Kind.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sam@example.org",
                "Email me at sam.smith+reports@example.co.uk.",
                "contact (jo_b@mail.example.com) after work",
                "write to me, SAM@EXAMPLE.ORG, please",
                "it's me: a.person@sub.example.net!"
            })
    void email_addresses_are_found(String text) {
        assertThat(IdentifyingWords.in(text)).containsExactly(Kind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I live at 12 Narborough Road",
                "outside my house, 4a Belgrave Gate",
                "from my flat at 221 high street",
                "17 St Saviours Road",
                "I am at 9 Humberstone Lane every day",
                "3 Elm Tree Avenue",
                "it is 27, Spinney Hill Road",
                "at 5 Orchard Close",
                "next door to me at 14 Main St",
                "my postcode is LE11 3TU",
                "le1 6zz",
                "near W1A 1AA"
            })
    void street_addresses_and_full_postcodes_are_found(String text) {
        assertThat(IdentifyingWords.in(text)).containsExactly(Kind.STREET_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "A man in a grey car gave two boys a bag",
                // dates and times
                "30/11/2026 at 14:30",
                "on 30.11.2026 about 11pm",
                "between 2026-11-29 and 2026-11-30",
                "Friday 27 November 2026, 10:45",
                "at 3pm on the M1 3pm again",
                // vehicle registrations
                "a black car, registration AB12 CDE",
                "reg AB12CDE and an old one A123 BCD",
                // sums of money
                "he had £1,200 in cash",
                "paid £20.50, then £350",
                "about 5000 pounds",
                // ages and counts
                "a boy aged 15, maybe 14 years old",
                "2 lads in the street",
                "3 men walking down the lane",
                "5 minutes up the road",
                "11 pm Humberstone Road",
                "two boys went that way",
                "2 men stood close",
                "3 kids St Margarets bus station",
                // handles and near misses
                "his name on Snapchat is @kingpin_99",
                "meet @ 12 by the shop",
                "me@home",
                "a bus, number 127 to Loughborough",
                "flat 12 upstairs",
                "order 1234567"
            })
    void dates_times_registrations_money_ages_and_counts_are_not_taken_for_them(String text) {
        assertThat(IdentifyingWords.in(text)).isEmpty();
    }

    @Test
    void an_answer_may_hold_more_than_one_kind() {
        assertThat(IdentifyingWords.in("Sam, 12 Narborough Road, 07911 123456, sam@example.org"))
                .containsExactly(Kind.PHONE_NUMBER, Kind.EMAIL_ADDRESS, Kind.STREET_ADDRESS);
    }

    @Test
    void a_null_answer_holds_nothing() {
        assertThat(IdentifyingWords.in(null)).isEmpty();
    }

    @Test
    void the_free_text_answers_of_an_anonymous_reporter_are_read_question_by_question() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setContactMe(false);
        draft.setNoticed("He said to call me on 07911 123456");
        draft.setLocation("Outside 12 Narborough Road");

        assertThat(IdentifyingWords.inAnswers(draft))
                .containsExactly(
                        java.util.Map.entry("report.field.noticed", Set.of(Kind.PHONE_NUMBER)),
                        java.util.Map.entry("report.field.location", Set.of(Kind.STREET_ADDRESS)));
    }

    @Test
    void a_detail_is_read_only_for_what_its_kind_does_not_ask_for() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setContactMe(false);
        draft.setNoticed("Nothing that names anyone");
        draft.setLocation("By the bus station");
        draft.setDetails(List.of(
                new Detail(DetailKind.PHONE_NUMBER, "07911 654321"),
                new Detail(DetailKind.SOCIAL_MEDIA, "dealer@example.org")));
        assertThat(IdentifyingWords.inAnswers(draft)).isEmpty();

        draft.setDetails(List.of(new Detail(DetailKind.NICKNAME, "ring me 07911 123456")));
        assertThat(IdentifyingWords.inAnswers(draft))
                .containsExactly(java.util.Map.entry("report.step.details.title", Set.of(Kind.PHONE_NUMBER)));

        // a vehicle's colour and make and a booking's firm are typed freely too
        draft.setDetails(List.of(
                Detail.vehicle("AB12 CDE", "silver", "write to me at me@example.org"),
                Detail.booking("J1234", "call 07911 123456")));
        assertThat(IdentifyingWords.inAnswers(draft))
                .containsExactly(java.util.Map.entry(
                        "report.step.details.title", Set.of(Kind.EMAIL_ADDRESS, Kind.PHONE_NUMBER)));
    }

    @Test
    void a_reporter_who_left_a_way_to_be_contacted_is_not_warned() {
        ReportDraft draft = ReportDrafts.complete(NOW);
        draft.setContactMe(true);
        draft.setNoticed("call me on 07911 123456");

        assertThat(IdentifyingWords.inAnswers(draft)).isEmpty();
    }
}
