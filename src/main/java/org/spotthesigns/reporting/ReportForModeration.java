package org.spotthesigns.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.FollowUp.Author;

/**
 * A report as the reporter gave it, for moderators: every answer (contact details decrypted, when
 * the reporter left them) and the thread with the reporter.
 *
 * @param answers the reporter's answers, as the form held them
 */
public record ReportForModeration(
        ReportReference reference, Instant submittedAt, ReportDraft answers, List<Message> messages) {

    public ReportForModeration {
        messages = List.copyOf(messages);
    }

    /** @param moderator who wrote it, for moderators' eyes; null for the reporter */
    public record Message(Author author, @Nullable String moderator, String body, Instant sentAt) {}
}
