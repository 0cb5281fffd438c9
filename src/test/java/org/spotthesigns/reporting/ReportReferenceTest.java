package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportReferenceTest {

    @Test
    void a_reference_is_three_groups_of_three_characters_that_cannot_be_confused() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            String value = ReportReference.random(random).value();
            assertThat(value).matches("[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}").doesNotContainPattern("[01OILU]");
        }
    }

    @Test
    void references_spread_over_a_large_space() {
        SplittableRandom random = new SplittableRandom(11);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ReportReference.random(random).value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_typed_reference_is_forgiven_its_case_spaces_and_missing_hyphens() {
        assertThat(ReportReference.parse(" k7m 4qx9td ")).contains(new ReportReference("K7M-4QX-9TD"));
        assertThat(ReportReference.parse("K7M-4QX-9TD")).contains(new ReportReference("K7M-4QX-9TD"));
    }

    @Test
    void a_reference_with_a_confusable_or_missing_character_is_not_a_reference() {
        assertThat(ReportReference.parse("K7M-4QX-9T0")).isEmpty();
        assertThat(ReportReference.parse("K7M-4QX-9TI")).isEmpty();
        assertThat(ReportReference.parse("K7M-4QX-9T")).isEmpty();
        assertThat(ReportReference.parse("<script>")).isEmpty();
        assertThat(ReportReference.parse(null)).isEmpty();
        assertThatThrownBy(() -> new ReportReference("K7M4QX9TD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_follow_up_key_is_sixteen_unambiguous_characters_and_never_printed() {
        FollowUpKey key = FollowUpKey.random(new SplittableRandom(3));

        assertThat(key.value()).matches("([A-Z2-9]{4}-){3}[A-Z2-9]{4}").doesNotContainPattern("[01OILU]");
        assertThat(key.canonical()).hasSize(16).doesNotContain("-");
        assertThat(FollowUpKey.canonical(" " + key.value().toLowerCase().replace("-", " ") + " "))
                .isEqualTo(key.canonical());
        assertThat(key.toString()).doesNotContain(key.value());
    }
}
