package org.spotthesigns.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft;

/**
 * A report as a moderator works on it: the case (status, claim, priority, notes, each status it
 * has had and why) with the reporter's answers and the thread, read from reporting.
 *
 * @param answers the reporter's answers, as the form held them
 * @param version the case's version: a decision is accepted only against the version it was made
 *                on, and only moderators' decisions change it
 */
public record ReportCase(
        String reference,
        Instant submittedAt,
        ReportStatus status,
        @Nullable Integer priority,
        @Nullable Integer triagePriority,
        @Nullable String priorityOverrideReason,
        @Nullable Instant deadline,
        boolean suspectedSpam,
        @Nullable String assignedTo,
        boolean reporterReplied,
        ReportDraft answers,
        List<Message> messages,
        List<Note> notes,
        List<StatusChange> statusChanges,
        long version) {

    /** @param moderator who wrote it, for moderators' eyes; null for the reporter */
    public record Message(Author author, @Nullable String moderator, String body, Instant sentAt) {}

    public record Note(String author, String body, Instant writtenAt) {}

    /** @param changedBy null when the portal set it, as on submission */
    public record StatusChange(
            ReportStatus status,
            Instant changedAt,
            @Nullable String changedBy,
            @Nullable String reason,
            @Nullable String agency,
            @Nullable String agencyReference,
            @Nullable String duplicateOf) {}
}
