package org.spotthesigns.moderation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A change the workflow does not allow, with the reason in words a moderator can act on. */
public class WorkflowException extends RuntimeException {

    private final @Nullable String messageKey;

    public WorkflowException(String message) {
        this(message, null);
    }

    /**
     * A refusal whose words are in the translations under {@code messageKey}; {@code message}
     * says the same for the log.
     */
    public WorkflowException(String message, @Nullable String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The key of the words to show, when they come from the translations. */
    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }
}
