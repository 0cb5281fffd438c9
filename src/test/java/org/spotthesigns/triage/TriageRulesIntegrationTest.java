package org.spotthesigns.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The portal starts with the rules in content/triage/, checked against the form's answers. */
@SpringBootTest
@ActiveProfiles("test")
class TriageRulesIntegrationTest {

    @Autowired
    TriageRules triage;

    @Test
    void the_packaged_rules_score_a_report_and_give_its_deadline() {
        TriageOutcome outcome = triage.evaluate(new TriageInput(
                "no",
                "child",
                "under-13",
                Set.of("two-phones"),
                "home-or-address",
                "leicester",
                "yes",
                "no",
                Set.of("phone-number"),
                "He had a knife."));

        assertThat(outcome.priority()).isEqualTo(Priority.P1);
        assertThat(outcome.reasons())
                .extracting(TriageOutcome.Reason::toString)
                .contains("Under 13: +30", "Weapon mentioned: +25", "Still happening: +20");
        assertThat(outcome.ruleSetVersion()).isEqualTo(triage.version());
        Instant received = Instant.parse("2026-11-29T10:00:00Z");
        assertThat(triage.deadline(Priority.P1, received)).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(triage.deadline(Priority.P4, received)).isEqualTo(received.plus(Duration.ofHours(72)));
    }
}
