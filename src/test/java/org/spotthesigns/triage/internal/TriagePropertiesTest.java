package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput;

/** What must hold for every report, checked over thousands of generated ones (fixed seeds, repeatable). */
class TriagePropertiesTest {

    private static final RuleSet RULES = ShippedRules.load();
    private static final List<String> ANSWERS = List.of("yes", "no", "not-sure");
    private static final List<String> CONCERNS = List.of("child", "vulnerable-adult", "myself");
    private static final List<String> AGES = List.of("under-13", "13-to-17", "18-to-24", "25-or-over", "not-sure");
    private static final List<String> DETAILS =
            List.of("vehicle-registration", "phone-number", "nickname", "social-media");
    private static final List<String> PLACES = new ArrayList<>(ShippedRules.KNOWN.placeKinds());
    private static final List<String> SIGNS = new ArrayList<>(ShippedRules.signs());
    private static final List<String> WORDS = List.of(
            "knife",
            "beaten",
            "locked in",
            "trap house",
            "cash",
            "phone",
            "school",
            "bus",
            "taken over",
            "gun",
            "hello",
            "older men");

    static Stream<Reports> generatedReports() {
        SplittableRandom random = new SplittableRandom(20261129);
        return IntStream.range(0, 1000).mapToObj(i -> {
            Reports report = Reports.report()
                    .dangerNow(pick(random, ANSWERS))
                    .concernFor(pick(random, CONCERNS))
                    .age(pick(random, AGES))
                    .place(pick(random, PLACES))
                    .stillHappening(pick(random, ANSWERS))
                    .happenedBefore(pick(random, ANSWERS));
            random.ints(random.nextInt(4), 0, SIGNS.size()).forEach(s -> report.sign(SIGNS.get(s)));
            random.ints(random.nextInt(3), 0, DETAILS.size()).forEach(d -> report.detail(DETAILS.get(d)));
            StringBuilder text = new StringBuilder();
            random.ints(random.nextInt(4), 0, WORDS.size())
                    .forEach(w -> text.append(WORDS.get(w)).append(' '));
            return report.text(text.toString());
        });
    }

    @ParameterizedTest
    @MethodSource("generatedReports")
    void someone_in_danger_right_now_is_always_p1(Reports report) {
        TriageInput input = report.dangerNow("yes").build();

        assertThat(RULES.evaluate(input).priority()).isEqualTo(Priority.P1);
    }

    @ParameterizedTest
    @MethodSource("generatedReports")
    void a_young_person_asking_for_help_is_never_below_p2(Reports report) {
        TriageInput input = report.concernFor("myself").build();

        assertThat(RULES.evaluate(input).priority()).isIn(Priority.P1, Priority.P2);
    }

    @ParameterizedTest
    @MethodSource("generatedReports")
    void adding_a_sign_never_lowers_the_score_or_the_priority(Reports report) {
        TriageInput before = report.build();
        for (String sign : SIGNS) {
            TriageInput after = copy(before).sign(sign).build();
            assertThat(RULES.evaluate(after).score())
                    .isGreaterThanOrEqualTo(RULES.evaluate(before).score());
            assertThat(RULES.evaluate(after).priority().ordinal())
                    .isLessThanOrEqualTo(RULES.evaluate(before).priority().ordinal());
        }
    }

    @ParameterizedTest
    @MethodSource("generatedReports")
    void the_score_is_the_sum_of_the_reasons_given(Reports report) {
        var outcome = RULES.evaluate(report.build());

        assertThat(outcome.reasons().stream()
                        .mapToInt(reason -> reason.points())
                        .sum())
                .isEqualTo(outcome.score());
    }

    private static Reports copy(TriageInput input) {
        Reports copy = Reports.report()
                .dangerNow(input.dangerNow())
                .concernFor(input.concernFor())
                .age(input.ageBand())
                .place(input.placeKind())
                .stillHappening(input.stillHappening())
                .happenedBefore(input.happenedBefore())
                .text(input.text());
        input.signs().forEach(copy::sign);
        input.detailKinds().forEach(copy::detail);
        return copy;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
