package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotthesigns.triage.internal.Reports.report;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageOutcome;

/**
 * The rules, case by case: what each report scores, which rules say why, and its priority. It
 * reads its own fixture rules ({@link ShippedRules#fixture()}), so the shipped file can be tuned
 * freely; {@link ShippedRulesTest} checks the shipped file itself.
 */
class TriageRulesTableTest {

    private static final RuleSet RULES = ShippedRules.fixture();

    static Stream<Arguments> cases() {
        return Stream.of(
                row("nothing remarkable", report(), 0, Priority.P4),
                row("danger now", report().dangerNow("yes"), 100, Priority.P1, "danger-now"),
                row(
                        "danger now, nothing else known",
                        report().dangerNow("yes").age("not-sure"),
                        100,
                        Priority.P1,
                        "danger-now"),
                row("not sure about danger", report().dangerNow("not-sure"), 20, Priority.P3, "maybe-danger-now"),
                row("still happening", report().stillHappening("yes"), 20, Priority.P3, "still-happening"),
                row("happened before", report().happenedBefore("yes"), 5, Priority.P4, "happened-before"),
                row("self-referral alone", report().concernFor("myself"), 25, Priority.P2, "self-referral"),
                row(
                        "self-referral, 13 to 17",
                        report().concernFor("myself").age("13-to-17"),
                        40,
                        Priority.P2,
                        "self-referral",
                        "age-13-to-17"),
                row(
                        "self-referral in danger",
                        report().concernFor("myself").dangerNow("yes"),
                        125,
                        Priority.P1,
                        "danger-now",
                        "self-referral"),
                row("under 13", report().age("under-13"), 30, Priority.P3, "under-13"),
                row("13 to 17", report().age("13-to-17"), 15, Priority.P4, "age-13-to-17"),
                row("vulnerable adult", report().concernFor("vulnerable-adult"), 10, Priority.P4, "vulnerable-adult"),
                row("knife mentioned", report().text("He showed a knife"), 25, Priority.P3, "weapon"),
                row("machete in capitals", report().text("MACHETE in his bag"), 25, Priority.P3, "weapon"),
                row("no weapon in knifepoint neighbours", report().text("the knifeless one"), 0, Priority.P4),
                row("violence", report().text("he was beaten and bleeding"), 20, Priority.P3, "violence"),
                row(
                        "a phrase across a line break",
                        report().text("they beat\nup the boy"),
                        20,
                        Priority.P3,
                        "violence"),
                row("locked in", report().text("she is locked in the flat"), 25, Priority.P3, "locked-in"),
                row("curly apostrophe", report().text("he can\u2019t leave the house"), 25, Priority.P3, "locked-in"),
                row(
                        "moved between towns",
                        report().text("sent to another town every weekend"),
                        15,
                        Priority.P4,
                        "moved-between-towns"),
                row("cuckooing", report().text("his flat was taken over"), 15, Priority.P4, "cuckooing"),
                row("two phones", report().sign("two-phones"), 5, Priority.P4, "two-phones"),
                row(
                        "controlled by others",
                        report().sign("controlled-by-others"),
                        10,
                        Priority.P4,
                        "controlled-by-others"),
                row(
                        "every sign",
                        report().sign(
                                        "anxious-or-lost",
                                        "travelling-alone",
                                        "two-phones",
                                        "lots-of-cash",
                                        "under-the-influence",
                                        "controlled-by-others",
                                        "begging",
                                        "stealing"),
                        41,
                        Priority.P3,
                        "controlled-by-others",
                        "two-phones",
                        "lots-of-cash",
                        "under-the-influence",
                        "travelling-alone",
                        "anxious-or-lost",
                        "begging",
                        "stealing"),
                row("hotel", report().place("hotels-and-rented-rooms"), 5, Priority.P4, "hotel-or-rented-room"),
                row("an address", report().place("home-or-address"), 5, Priority.P4, "at-an-address"),
                row(
                        "registration given",
                        report().detail("vehicle-registration"),
                        10,
                        Priority.P4,
                        "vehicle-registration"),
                row("phone number given", report().detail("phone-number"), 10, Priority.P4, "phone-number"),
                row("nickname given", report().detail("nickname"), 5, Priority.P4, "nickname"),
                row("social media given", report().detail("social-media"), 5, Priority.P4, "social-media"),
                row(
                        "vague signs",
                        report().sign("two-phones", "lots-of-cash").age("13-to-17"),
                        25,
                        Priority.P3,
                        "age-13-to-17",
                        "two-phones",
                        "lots-of-cash"),
                row(
                        "same signs with actionable details",
                        report().sign("two-phones", "lots-of-cash")
                                .age("13-to-17")
                                .detail("vehicle-registration", "phone-number")
                                .place("home-or-address"),
                        50,
                        Priority.P2,
                        "age-13-to-17",
                        "two-phones",
                        "lots-of-cash",
                        "at-an-address",
                        "vehicle-registration",
                        "phone-number"),
                row(
                        "under 13 with a weapon",
                        report().age("under-13").text("carrying a blade"),
                        55,
                        Priority.P2,
                        "under-13",
                        "weapon"),
                row(
                        "under 13, weapon, still happening",
                        report().age("under-13").text("a gun").stillHappening("yes"),
                        75,
                        Priority.P1,
                        "still-happening",
                        "under-13",
                        "weapon"),
                row(
                        "held and moved",
                        report().text("kept in a trap house, moved between towns")
                                .age("13-to-17"),
                        55,
                        Priority.P2,
                        "age-13-to-17",
                        "locked-in",
                        "moved-between-towns"),
                row(
                        "linked to one other report",
                        report().linkedTo(1, LinkedBy.PHONE_NUMBER),
                        10,
                        Priority.P4,
                        "linked"),
                row(
                        "a cluster of three others",
                        report().linkedTo(3, LinkedBy.PLACE, LinkedBy.NICKNAME),
                        30,
                        Priority.P3,
                        "linked"),
                row(
                        "a large cluster adds no more than the most",
                        report().linkedTo(12, LinkedBy.VEHICLE_REGISTRATION),
                        30,
                        Priority.P3,
                        "linked"),
                row(
                        "a cluster lifts vague signs",
                        report().sign("two-phones", "lots-of-cash")
                                .age("13-to-17")
                                .linkedTo(2, LinkedBy.VEHICLE_REGISTRATION),
                        45,
                        Priority.P2,
                        "age-13-to-17",
                        "two-phones",
                        "lots-of-cash",
                        "linked"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_report_gets_the_score_priority_and_reasons_the_rules_promise(
            String name, Reports report, int score, Priority priority, List<String> reasons) {
        TriageOutcome outcome = RULES.evaluate(report.build());

        assertThat(outcome.reasons())
                .extracting(TriageOutcome.Reason::ruleId)
                .containsExactlyInAnyOrderElementsOf(reasons);
        assertThat(outcome.score()).isEqualTo(score);
        assertThat(outcome.priority()).isEqualTo(priority);
        assertThat(outcome.ruleSetVersion()).isEqualTo(RULES.version());
    }

    @org.junit.jupiter.api.Test
    void the_link_reason_says_how_many_reports_and_what_they_share() {
        TriageOutcome outcome = RULES.evaluate(
                report().linkedTo(2, LinkedBy.PLACE, LinkedBy.PHONE_NUMBER).build());

        assertThat(outcome.reasons())
                .extracting(TriageOutcome.Reason::toString)
                .containsExactly("Linked to other recent reports (2 reports: same phone number, same place): +20");
    }

    private static Arguments row(String name, Reports report, int score, Priority priority, String... reasons) {
        return Arguments.of(name, report, score, priority, List.of(reasons));
    }
}
