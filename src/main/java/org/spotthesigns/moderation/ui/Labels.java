package org.spotthesigns.moderation.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.moderation.ReportStatus;

/** How moderation views write statuses and times. */
final class Labels {

    /** Moderators work in the portal's area; times are local to it. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Labels() {
    }

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
}
