package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.QueueRow.Flag;
import org.spotthesigns.reporting.ReportDraft.AgeBand;

/** The flags the queue shows beside a report: what a moderator must see before opening it. */
class QueueRowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:35:00Z");

    @Test
    void a_plain_report_due_later_has_no_flags() {
        assertThat(row(ReportStatus.NEW, NOW.plusSeconds(60), false, AgeBand.AGE_13_TO_17, false, false, false)
                        .flags(NOW))
                .isEmpty();
    }

    @Test
    void every_flag_is_raised_by_its_own_fact_most_pressing_first() {
        QueueRow everything =
                row(ReportStatus.IN_REVIEW, NOW.minusSeconds(60), true, AgeBand.UNDER_13, true, true, true);

        assertThat(everything.flags(NOW))
                .containsExactly(
                        Flag.DANGER_NOW,
                        Flag.UNDER_13,
                        Flag.OVERDUE,
                        Flag.LINKED,
                        Flag.REPORTER_REPLIED,
                        Flag.SUSPECTED_SPAM);
        assertThat(row(ReportStatus.NEW, null, true, null, false, false, false).flags(NOW))
                .containsExactly(Flag.DANGER_NOW);
        assertThat(row(ReportStatus.NEW, null, false, AgeBand.UNDER_13, false, false, false)
                        .flags(NOW))
                .containsExactly(Flag.UNDER_13);
        assertThat(row(ReportStatus.NEW, null, false, null, true, false, false).flags(NOW))
                .containsExactly(Flag.LINKED);
        assertThat(row(ReportStatus.NEW, null, false, null, false, true, false).flags(NOW))
                .containsExactly(Flag.REPORTER_REPLIED);
    }

    @Test
    void a_closed_report_past_its_deadline_is_not_overdue() {
        assertThat(row(ReportStatus.REFERRED, NOW.minusSeconds(60), false, null, false, false, false)
                        .flags(NOW))
                .containsExactly(Flag.OVERDUE);
        assertThat(row(ReportStatus.NO_FURTHER_ACTION, NOW.minusSeconds(60), false, null, false, false, false)
                        .flags(NOW))
                .isEmpty();
    }

    @Test
    void the_summary_keeps_more_than_two_lines_of_what_was_noticed_on_one_paragraph() {
        String noticed = "A girl\nwith ".repeat(100);
        String summary = row(ReportStatus.NEW, null, false, null, false, false, false, noticed)
                .summary();

        assertThat(summary).hasSize(400).endsWith("\u2026").doesNotContain("\n");
    }

    private static QueueRow row(
            ReportStatus status,
            Instant deadline,
            boolean dangerNow,
            AgeBand ageBand,
            boolean linked,
            boolean replied,
            boolean spam) {
        return row(status, deadline, dangerNow, ageBand, linked, replied, spam, "A girl with an older man");
    }

    private static QueueRow row(
            ReportStatus status,
            Instant deadline,
            boolean dangerNow,
            AgeBand ageBand,
            boolean linked,
            boolean replied,
            boolean spam,
            String noticed) {
        return new QueueRow(
                "K7M-4QX-9TD",
                NOW.minusSeconds(3600),
                status,
                2,
                deadline,
                "leicester",
                "banks",
                null,
                spam,
                replied,
                noticed,
                dangerNow,
                ageBand,
                List.of(),
                linked,
                false,
                "en");
    }
}
