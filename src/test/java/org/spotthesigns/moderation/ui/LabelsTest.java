package org.spotthesigns.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.QueueRow.Flag;

/** How the queue words the time left, its flags and an agency, from the portal's bundle. */
class LabelsTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);
    private static final Instant NOW = Instant.parse("2026-11-30T09:35:00Z");

    @Test
    void time_left_is_in_minutes_under_an_hour_then_hours_then_days() {
        assertThat(timeLeft(Duration.ofMinutes(35))).isEqualTo("due in 35 min");
        assertThat(timeLeft(Duration.ofMinutes(59))).isEqualTo("due in 59 min");
        assertThat(timeLeft(Duration.ofMinutes(59).plusSeconds(30))).isEqualTo("due in 1 h");
        assertThat(timeLeft(Duration.ofMinutes(90))).isEqualTo("due in 1 h");
        assertThat(timeLeft(Duration.ofHours(47))).isEqualTo("due in 47 h");
        assertThat(timeLeft(Duration.ofDays(2))).isEqualTo("due in 2 days");
        assertThat(timeLeft(Duration.ofDays(9).plusHours(5))).isEqualTo("due in 9 days");
    }

    @Test
    void time_past_the_deadline_says_overdue_by_how_long() {
        assertThat(timeLeft(Duration.ofHours(-2).minusMinutes(10))).isEqualTo("overdue by 2 h");
        assertThat(timeLeft(Duration.ofMinutes(-5))).isEqualTo("overdue by 5 min");
        assertThat(timeLeft(Duration.ofDays(-1).minusHours(1))).isEqualTo("overdue by 25 h");
        assertThat(timeLeft(Duration.ofDays(-3))).isEqualTo("overdue by 3 days");
    }

    @Test
    void a_report_is_never_shown_later_than_it_is() {
        // seconds left count as a minute, seconds past as none: "due in 1 min" and "overdue by 1 min" at least
        assertThat(timeLeft(Duration.ofSeconds(20))).isEqualTo("due in 1 min");
        assertThat(timeLeft(Duration.ZERO)).isEqualTo("due in 1 min");
        assertThat(timeLeft(Duration.ofSeconds(-20))).isEqualTo("overdue by 1 min");
        assertThat(timeLeft(Duration.ofMinutes(34).plusSeconds(1))).isEqualTo("due in 35 min");
    }

    @Test
    void an_untriaged_report_has_no_time_left_and_the_exact_time_is_local() {
        assertThat(Labels.timeLeft(null, NOW, LabelsTest::words)).isEmpty();
        assertThat(Labels.exactly(Instant.parse("2026-07-01T09:35:00Z"), LabelsTest::words))
                .isEqualTo("Due 1 Jul 2026, 10:35");
    }

    @Test
    void every_flag_has_words() {
        assertThat(List.of(Flag.values()))
                .extracting(flag -> Labels.flag(flag, LabelsTest::words))
                .containsExactly(
                        "Danger now",
                        "Under 13",
                        "Overdue",
                        "Linked",
                        "Reporter replied",
                        "Referral to approve",
                        "Suspected spam");
    }

    @Test
    void an_agency_is_named_and_one_no_longer_offered_keeps_its_id() {
        List<Choice> agencies = List.of(new Choice("leicestershire-police", "Leicestershire Police", null, null));

        assertThat(Labels.agency(agencies, "leicestershire-police")).isEqualTo("Leicestershire Police");
        assertThat(Labels.agency(agencies, "gone-agency")).isEqualTo("gone-agency");
    }

    private static String timeLeft(Duration left) {
        return Labels.timeLeft(NOW.plus(left), NOW, LabelsTest::words);
    }

    private static String words(String key, Object... arguments) {
        String pattern = WORDS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
