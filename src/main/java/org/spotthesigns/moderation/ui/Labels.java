package org.spotthesigns.moderation.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.QueueRow.Flag;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.AnsweredQuestions.Words;

/** How moderation views write statuses and times. */
final class Labels {

    /** Moderators work in the portal's area; times are local to it. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private Labels() {}

    static String status(ReportStatus status) {
        return switch (status) {
            case NEW -> "New";
            case IN_REVIEW -> "In review";
            case REFERRED -> "Referred";
            case NO_FURTHER_ACTION -> "No further action";
            case DUPLICATE -> "Duplicate";
            case SPAM -> "Spam";
        };
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A status in the bundle's words. */
    static String status(ReportStatus status, Words words) {
        return words.of("moderation.status." + status.name());
    }

    /** A queue flag in the bundle's words. */
    static String flag(Flag flag, Words words) {
        return words.of("moderation.flag." + flag.name());
    }

    /**
     * An agency's name for its id, as the referral lists offer it; an agency no longer offered keeps its id, so
     * the history still says where a report went.
     */
    static String agency(List<Choice> agencies, @Nullable String id) {
        return id == null ? "" : AnsweredQuestions.label(agencies, id);
    }

    /**
     * How long is left until {@code deadline}, or how long it has passed, in the coarsest unit that still
     * tells a moderator what to do first: minutes under an hour, hours under two days, then days. Minutes
     * left are rounded up and time past is rounded down, so a report is never shown as later than it is.
     * Empty without a deadline (not yet triaged).
     */
    static String timeLeft(@Nullable Instant deadline, Instant now, Words words) {
        if (deadline == null) {
            return "";
        }
        boolean overdue = now.isAfter(deadline);
        Duration gap = overdue ? Duration.between(deadline, now) : Duration.between(now, deadline);
        String key = overdue ? "moderation.timeLeft.overdueBy." : "moderation.timeLeft.dueIn.";
        long minutes = overdue ? gap.toMinutes() : (gap.toSeconds() + 59) / 60;
        if (minutes < 60) {
            return words.of(key + "minutes", Math.max(1, minutes));
        }
        if (gap.compareTo(Duration.ofHours(48)) < 0) {
            return words.of(key + "hours", Math.max(1, gap.toHours()));
        }
        return words.of(key + "days", gap.toDays());
    }

    /** The exact deadline, local to the portal, for the title and screen readers beside the time left. */
    static String exactly(@Nullable Instant deadline, Words words) {
        return deadline == null ? "" : words.of("moderation.timeLeft.exactly", when(deadline));
    }
}
