package org.spotthesigns.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotthesigns.triage.internal.Reports.report;

import org.junit.jupiter.api.Test;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput.Sending;
import org.spotthesigns.triage.TriageOutcome;

/** Reports that look automated or repeated go to the suspected-spam lane, with reasons, and keep their priority. */
class SpamLaneTest {

    private static final RuleSet RULES = ShippedRules.load();

    @Test
    void a_report_sent_by_a_person_is_not_suspected() {
        assertThat(RULES.evaluate(report().build()).suspectedSpam()).isFalse();
    }

    @Test
    void a_filled_hidden_field_is_suspected() {
        TriageOutcome outcome =
                RULES.evaluate(report().sentAs(new Sending(true, 300, 0, 0)).build());

        assertThat(outcome.spamReasons()).containsExactly("A hidden field that people never see was filled in");
    }

    @Test
    void a_report_sent_faster_than_a_person_could_read_is_suspected() {
        assertThat(RULES.evaluate(report().sentAs(new Sending(false, 19, 0, 0)).build())
                        .spamReasons())
                .containsExactly("Sent faster than a person could read the questions");
        assertThat(RULES.evaluate(report().sentAs(new Sending(false, 20, 0, 0)).build())
                        .suspectedSpam())
                .isFalse();
    }

    @Test
    void a_flood_of_links_is_suspected() {
        assertThat(RULES.evaluate(report().sentAs(new Sending(false, 300, 3, 0)).build())
                        .spamReasons())
                .containsExactly("Many web links in the text");
        assertThat(RULES.evaluate(report().sentAs(new Sending(false, 300, 2, 0)).build())
                        .suspectedSpam())
                .isFalse();
    }

    @Test
    void the_same_words_sent_again_are_suspected() {
        assertThat(RULES.evaluate(report().sentAs(new Sending(false, 300, 0, 1)).build())
                        .spamReasons())
                .containsExactly("The same words were sent again and again");
    }

    @Test
    void a_suspected_report_keeps_its_priority_so_nothing_urgent_is_hidden() {
        TriageOutcome outcome = RULES.evaluate(
                report().dangerNow("yes").sentAs(new Sending(true, 5, 4, 3)).build());

        assertThat(outcome.priority()).isEqualTo(Priority.P1);
        assertThat(outcome.spamReasons()).hasSize(4);
    }
}
