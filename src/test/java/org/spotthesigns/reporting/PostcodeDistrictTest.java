package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report keeps at most the first part of a postcode: a full one is cut before anything holds it. */
class PostcodeDistrictTest {

    @Test
    void districts_of_every_shape_are_districts() {
        // A9, A99, AA9, AA99, A9A, AA9A, and the odd one out
        for (String district :
                new String[] {"B1", "M60", "LE1", "LE11", "W1A", "EC1A", "PE9", "GIR", "le11", " Le67 "}) {
            assertThat(PostcodeDistrict.isDistrict(district)).as(district).isTrue();
        }
    }

    @Test
    void what_is_not_a_district_is_not_one() {
        // Q, V and X never start a postcode; I, J and Z are never second; too long, too short, symbols
        for (String wrong :
                new String[] {"", "L", "LE", "QE1", "VE1", "XE1", "LI1", "LZ11", "LE111", "LE 11", "1LE", "LE1!"}) {
            assertThat(PostcodeDistrict.isDistrict(wrong)).as(wrong).isFalse();
        }
    }

    @Test
    void a_full_postcode_is_cut_to_its_district_however_it_is_typed() {
        assertThat(PostcodeDistrict.cut("LE11 3AB")).contains("LE11");
        assertThat(PostcodeDistrict.cut("le113ab")).contains("LE11");
        assertThat(PostcodeDistrict.cut("  LE1   6ZG ")).contains("LE1");
        assertThat(PostcodeDistrict.cut("PE9 2AA")).contains("PE9");
        assertThat(PostcodeDistrict.cut("EC1A 1BB")).contains("EC1A");
        assertThat(PostcodeDistrict.cut("LE11 3"))
                .as("a district and its sector")
                .contains("LE11");
        assertThat(PostcodeDistrict.cut("LE11 3A")).contains("LE11");
    }

    @Test
    void a_district_alone_or_text_that_is_no_postcode_is_not_cut() {
        assertThat(PostcodeDistrict.cut("LE11")).isEmpty();
        assertThat(PostcodeDistrict.cut("")).isEmpty();
        assertThat(PostcodeDistrict.cut(null)).isEmpty();
        assertThat(PostcodeDistrict.cut("near the station")).isEmpty();
        assertThat(PostcodeDistrict.cut("LE11 AB")).isEmpty();
    }

    @Test
    void more_than_a_district_is_cut_even_when_the_rest_is_no_real_postcode() {
        // C, I, K, M, O and V are never among the last two letters; it is still more than a district
        assertThat(PostcodeDistrict.cut("LE11 3CI")).contains("LE11");
    }

    @Test
    void the_draft_never_holds_a_full_postcode_and_keeps_a_mistake_to_correct() {
        ReportDraft draft = new ReportDraft(java.time.Instant.EPOCH);

        draft.setPostcodeDistrict("le11 3ab");
        assertThat(draft.getPostcodeDistrict()).isEqualTo("LE11");

        draft.setPostcodeDistrict(" LE-11 ");
        assertThat(draft.getPostcodeDistrict()).isEqualTo("LE-11");

        draft.setPostcodeDistrict(null);
        assertThat(draft.getPostcodeDistrict()).isEmpty();
    }

    @Test
    void a_report_stores_the_district_in_capitals_or_nothing() {
        assertThat(PostcodeDistrict.stored(" le11 ")).isEqualTo("LE11");
        assertThat(PostcodeDistrict.stored("LE11 3AB")).isEqualTo("LE11");
        assertThat(PostcodeDistrict.stored("  ")).isNull();
    }
}
