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
 * @param attention    only reports not yet triaged, or only those past their deadline
 * @param language     only reports written in the form of this language, such as {@code pl}
 */
public record QueueFilter(
        Set<ReportStatus> statuses,
        Set<Integer> priorities,
        @Nullable String area,
        @Nullable String placeKind,
        @Nullable String assignedTo,
        @Nullable Boolean suspectedSpam,
        String text,
        Attention attention,
        @Nullable String language) {

    public static final int TEXT_LIMIT = 200;

    /** Every report still being worked on. */
    public static final QueueFilter OPEN = new QueueFilter(ReportStatus.open(), Set.of(), null, null, null, null, "");

    /** The reports that need attention first: the dashboard's "not yet triaged" and "overdue" figures. */
    public enum Attention {
        ANY,
        /** no priority yet */
        UNTRIAGED,
        /** past its deadline at the moment the queue is read */
        OVERDUE
    }

    public QueueFilter(
            Set<ReportStatus> statuses,
            Set<Integer> priorities,
            @Nullable String area,
            @Nullable String placeKind,
            @Nullable String assignedTo,
            @Nullable Boolean suspectedSpam,
            String text) {
        this(statuses, priorities, area, placeKind, assignedTo, suspectedSpam, text, Attention.ANY, null);
    }

    public QueueFilter withAttention(Attention attention) {
        return new QueueFilter(
                statuses, priorities, area, placeKind, assignedTo, suspectedSpam, text, attention, language);
    }

    /** Only the reports written in this language's form; null for every language. */
    public QueueFilter withLanguage(@Nullable String language) {
        return new QueueFilter(
                statuses, priorities, area, placeKind, assignedTo, suspectedSpam, text, attention, language);
    }

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        text = text.strip();
        if (text.length() > TEXT_LIMIT) {
            text = text.substring(0, TEXT_LIMIT);
        }
    }
}
