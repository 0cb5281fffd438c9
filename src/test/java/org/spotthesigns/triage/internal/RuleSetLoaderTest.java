package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.InvalidContentException;

/** A broken rules file names its file, line and rule, and nothing is triaged with it. */
class RuleSetLoaderTest {

    private static final String FILE = "content/triage/rules.yml";
    private static final String ONE_RULE = """
              - id: ok
                reason: Ok
                when: { danger-now: yes }
                add: 5
            """;

    @Test
    void the_shipped_rules_load_with_their_version() {
        RuleSet rules = ShippedRules.load();

        assertThat(rules.version()).isNotBlank();
        assertThat(rules.ruleCount()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void an_unknown_sign_names_the_rule_and_line() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: three-phones
                    reason: Three phones
                    when: { sign: three-phones }
                    add: 5
                """)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith(FILE + ":9: rule 'three-phones': unknown sign 'three-phones'");
    }

    @Test
    void an_area_rule_matches_a_journey_at_either_end() {
        RuleSet rules = parse(rules("""
                  - id: melton
                    reason: In Melton
                    when: { area: melton }
                    add: 7
                """));

        assertThat(rules.evaluate(Reports.report().in("melton").build()).score())
                .isEqualTo(7);
        assertThat(rules.evaluate(Reports.report().in("leicester", "melton").build())
                        .score())
                .as("a journey from Leicester to Melton Mowbray")
                .isEqualTo(7);
        assertThat(rules.evaluate(Reports.report().in("leicester", "charnwood").build())
                        .score())
                .isZero();
    }

    @Test
    void words_of_an_unknown_language_name_the_file_the_line_and_the_rule() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: knives
                    reason: Knives
                    when:
                      words:
                        en: [knife]
                        PL: [nóż]
                    add: 5
                """)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith(
                        FILE + ":12: rule 'knives': unknown language 'PL' under 'words' (expected one of ")
                .hasMessageContaining(" pl, ");
    }

    @Test
    void an_unknown_condition_is_refused() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: moon
                    reason: On the moon
                    when: { planet: moon }
                    add: 5
                """))).hasMessageContaining(":9: rule 'moon': unknown condition 'planet'");
    }

    @Test
    void a_rule_without_a_reason_is_refused() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: silent
                    when: { danger-now: yes }
                    add: 5
                """))).hasMessageContaining(":7: the field 'reason' is missing");
    }

    @Test
    void points_must_be_a_whole_number() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: lots
                    reason: Lots
                    when: { danger-now: yes }
                    add: lots
                """)))
                .hasMessageContaining(":10: add of rule 'lots' must be a whole number");
    }

    @Test
    void a_floor_must_be_a_priority() {
        assertThatThrownBy(() -> parse(rules("""
                  - id: urgent
                    reason: Urgent
                    when: { danger-now: yes }
                    add: 5
                    at-least: P0
                """)))
                .hasMessageContaining(":11: rule 'urgent': at-least must be P1, P2, P3 or P4");
    }

    @Test
    void a_rule_given_twice_is_refused() {
        String rule = """
                  - id: twice
                    reason: Twice
                    when: { danger-now: yes }
                    add: 5
                """;
        assertThatThrownBy(() -> parse(rules(rule + rule))).hasMessageContaining(":11: rule 'twice' is given twice");
    }

    @Test
    void thresholds_must_fall_from_p1_to_p3() {
        assertThatThrownBy(() -> parse(rules(ONE_RULE).replace("P3: 20", "P3: 60")))
                .hasMessageContaining(":3: the thresholds must fall from P1 to P3");
    }

    @Test
    void yaml_that_cannot_be_read_names_its_line() {
        assertThatThrownBy(() -> parse("version: 1\nthresholds: [unclosed\n"))
                .hasMessageStartingWith(FILE + ":")
                .hasMessageContaining("the YAML cannot be read");
    }

    private static RuleSet parse(String yaml) {
        return RuleSetLoader.parse(yaml, FILE, ShippedRules.KNOWN);
    }

    private static String rules(String ruleList) {
        return """
                version: test
                thresholds:
                  P1: 70
                  P2: 45
                  P3: 20
                rules:
                """ + ruleList + SPAM;
    }

    private static final String SPAM = """
            spam:
              honeypot: { reason: Hidden field filled }
              too-fast: { seconds: 20, reason: Too fast }
              link-flood: { links: 3, reason: Links }
              repeated: { times: 2, within: PT1H, reason: Repeated }
            linking:
              within: P30D
              points-each: 10
              most: 30
              reason: Linked
              shared:
                phone-number: same phone
                vehicle-registration: same registration
                booking-number: same booking
                nickname: same nickname
                place: same place
            """;

    @Test
    void a_spam_window_must_be_a_duration() {
        assertThatThrownBy(() -> parse(rules(ONE_RULE).replace("within: PT1H", "within: an hour")))
                .hasMessageContaining("spam 'within' must be a duration");
    }

    @Test
    void a_link_window_must_be_a_duration() {
        assertThatThrownBy(() -> parse(rules(ONE_RULE).replace("within: P30D", "within: a month")))
                .hasMessageContaining(":17: linking 'within' must be a duration");
    }

    @Test
    void every_kind_of_link_needs_its_words() {
        assertThatThrownBy(() -> parse(rules(ONE_RULE).replace("    nickname: same nickname\n", "")))
                .hasMessageContaining("the field 'nickname' is missing");
    }

    @Test
    void links_cannot_add_less_at_most_than_for_one_report() {
        assertThatThrownBy(() -> parse(rules(ONE_RULE).replace("most: 30", "most: 5")))
                .hasMessageContaining("linking: 'most' must be at least 'points-each'");
    }
}
