package org.spotthesigns.moderation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which reports a queue shows. Empty sets and nulls leave that part open.
 *
 * @param priorities   1 (P1) to 4 (P4)
 * @param assignedTo   only reports claimed by this moderator
 * @param suspectedSpam only reports in (true) or out of (false) the suspected-spam lane
 * @param text         a reference, or words in what the reporter wrote or where
 */
public record QueueFilter(
        Set<ReportStatus> statuses,
        Set<Integer> priorities,
        @Nullable String area,
        @Nullable String placeKind,
        @Nullable String assignedTo,
        @Nullable Boolean suspectedSpam,
        String text) {

    public static final int TEXT_LIMIT = 200;

    /** Every report still being worked on. */
    public static final QueueFilter OPEN = new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, "");

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        text = text.strip();
        if (text.length() > TEXT_LIMIT) {
            text = text.substring(0, TEXT_LIMIT);
        }
    }
}
