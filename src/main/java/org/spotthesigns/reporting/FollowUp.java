package org.spotthesigns.reporting;

import java.time.Instant;
import java.util.List;

/** What a reporter sees when they come back with their reference and key. */
public record FollowUp(ReportReference reference, Instant submittedAt, PublicStatus status, List<Message> messages) {

    public FollowUp {
        messages = List.copyOf(messages);
    }

    public enum Author {
        REPORTER,
        MODERATOR
    }

    /** One message of the thread. Which moderator wrote it stays on the moderators' side. */
    public record Message(Author author, String body, Instant sentAt) {}
}
