package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotthesigns.triage.internal.Reports.report;

import org.junit.jupiter.api.Test;
import org.spotthesigns.triage.Priority;

/**
 * The rules the portal ships, whatever they are tuned to: they load against the form's answers,
 * and someone in danger right now is P1 however little else the report says.
 */
class ShippedRulesTest {

    private static final RuleSet SHIPPED = ShippedRules.load();

    @Test
    void the_shipped_rules_load_and_keep_danger_now_at_p1() {
        assertThat(SHIPPED.evaluate(report().dangerNow("yes").build()).priority())
                .isEqualTo(Priority.P1);
        assertThat(SHIPPED.evaluate(report().dangerNow("yes")
                                .age("25-or-over")
                                .concernFor("vulnerable-adult")
                                .build())
                        .priority())
                .isEqualTo(Priority.P1);
        assertThat(SHIPPED.evaluate(report().dangerNow("yes").build()).reasons())
                .extracting(r -> r.ruleId())
                .contains("danger-now");
    }
}
