package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportForTriage;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.triage.LinkedBy;

/** The same number, registration, nickname or place, however a reporter typed it, gives the same key. */
class LinkKeyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07700 900123",
                "+44 7700 900123",
                "+447700900123",
                "0044 7700 900 123",
                "(07700) 900-123",
                "07700900123",
                " 07700 900 123 ",
                "+44 (0)7700 900123"
            })
    void a_uk_mobile_number_written_any_way_gives_one_key(String written) {
        assertThat(keys(new Detail(DetailKind.PHONE_NUMBER, written)))
                .containsExactly(new LinkKey(LinkedBy.PHONE_NUMBER, "+447700900123"));
    }

    @Test
    void different_numbers_give_different_keys() {
        assertThat(keys(new Detail(DetailKind.PHONE_NUMBER, "07700 900123")))
                .isNotEqualTo(keys(new Detail(DetailKind.PHONE_NUMBER, "07700 900124")));
    }

    @Test
    void part_of_a_number_written_twice_still_matches_and_no_number_is_no_key() {
        assertThat(keys(new Detail(DetailKind.PHONE_NUMBER, "ends in 4512 3398")))
                .isEqualTo(keys(new Detail(DetailKind.PHONE_NUMBER, "45123398")))
                .hasSize(1);
        assertThat(keys(new Detail(DetailKind.PHONE_NUMBER, "don't know"))).isEmpty();
        assertThat(keys(new Detail(DetailKind.PHONE_NUMBER, "07"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12 CDE", "ab12cde", " Ab12-Cde ", "AB 12 CDE", "ab12\u00a0cde"})
    void a_registration_in_any_case_or_spacing_gives_one_key(String written) {
        assertThat(keys(new Detail(DetailKind.VEHICLE_REGISTRATION, written)))
                .containsExactly(new LinkKey(LinkedBy.VEHICLE_REGISTRATION, "AB12CDE"));
    }

    @Test
    void a_vehicle_row_links_by_its_registration_as_a_registration_alone_did() {
        assertThat(keys(Detail.vehicle("ab12 cde", "Silver", "Toyota Prius")))
                .containsExactly(new LinkKey(LinkedBy.VEHICLE_REGISTRATION, "AB12CDE"));
    }

    @Test
    void a_vehicle_with_only_a_colour_and_a_make_is_no_key() {
        assertThat(keys(Detail.vehicle("", "Silver", "Toyota Prius"))).isEmpty();
        assertThat(keys(Detail.vehicle(" ", "Silver", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 123", "ab123", " Ab-123 ", "a b 1 2 3", "AB\u00a0123", "ＡＢ１２３"})
    void a_booking_number_in_any_case_or_spacing_gives_one_key(String written) {
        assertThat(keys(Detail.booking(written, ""))).containsExactly(new LinkKey(LinkedBy.BOOKING_NUMBER, "AB123"));
    }

    @Test
    void a_booking_number_links_whatever_firm_is_named_and_a_short_one_not_at_all() {
        assertThat(keys(Detail.booking("AB 123", "Fast Cars")))
                .isEqualTo(keys(Detail.booking("ab123", "FAST CARS LTD")));
        assertThat(keys(Detail.booking("AB 124", ""))).isNotEqualTo(keys(Detail.booking("AB 123", "")));
        assertThat(keys(Detail.booking("417", "Fast Cars"))).isEmpty();
        assertThat(keys(Detail.booking("--", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Big T", "big t", "BIG-T", "big.t", "'Big T'"})
    void a_nickname_in_any_case_or_punctuation_gives_one_key(String written) {
        assertThat(keys(new Detail(DetailKind.NICKNAME, written)))
                .containsExactly(new LinkKey(LinkedBy.NICKNAME, "bigt"));
    }

    @Test
    void a_social_media_name_is_not_a_link() {
        assertThat(keys(new Detail(DetailKind.SOCIAL_MEDIA, "@someone"))).isEmpty();
    }

    @Test
    void the_same_place_is_the_same_words_in_the_same_area() {
        assertThat(LinkKey.place("leicester", "Costa, London Road!"))
                .isEqualTo(LinkKey.place("leicester", "costa london  road"));
        assertThat(LinkKey.place("leicester", "Costa, London Road"))
                .isNotEqualTo(LinkKey.place("blaby", "Costa, London Road"));
        assertThat(LinkKey.place("leicester", " ... ")).isEmpty();
    }

    @Test
    void a_journey_is_the_same_place_in_either_area_it_touched() {
        Set<LinkKey> keys = LinkKey.of(new ReportForTriage(
                new ReportReference("ABC-DEF-GHJ"),
                Instant.EPOCH,
                Answer.NO,
                ConcernFor.CHILD,
                AgeBand.NOT_SURE,
                Set.of(),
                "taxis-and-private-hire",
                "leicester",
                "charnwood",
                "The taxi rank on Granby Street",
                Answer.NO,
                Answer.NO,
                List.of(),
                "",
                "en",
                new ReportForTriage.SpamSignals(false, 300, 0, 0),
                true));

        assertThat(keys)
                .containsExactlyInAnyOrder(
                        LinkKey.place("leicester", "The taxi rank on Granby Street")
                                .orElseThrow(),
                        LinkKey.place("charnwood", "The taxi rank on Granby Street")
                                .orElseThrow());
    }

    @Test
    void the_stored_hash_is_the_same_for_the_same_key_and_differs_by_kind() {
        LinkKey number = new LinkKey(LinkedBy.PHONE_NUMBER, "+447700900123");

        assertThat(number.hash())
                .hasSize(64)
                .isEqualTo(new LinkKey(LinkedBy.PHONE_NUMBER, "+447700900123").hash())
                .isNotEqualTo(new LinkKey(LinkedBy.NICKNAME, "+447700900123").hash());
    }

    private static Set<LinkKey> keys(Detail detail) {
        return LinkKey.of(new ReportForTriage(
                new ReportReference("ABC-DEF-GHJ"),
                Instant.EPOCH,
                Answer.NO,
                ConcernFor.CHILD,
                AgeBand.NOT_SURE,
                Set.of(),
                "banks",
                "leicester",
                null,
                "",
                Answer.NO,
                Answer.NO,
                List.of(detail),
                "",
                "en",
                new ReportForTriage.SpamSignals(false, 300, 0, 0),
                true));
    }
}
