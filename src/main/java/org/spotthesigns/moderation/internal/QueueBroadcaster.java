package org.spotthesigns.moderation.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open queue, on this node, that a report changed: triaged (once its case has taken
 * the outcome) or answered by its reporter. Each queue refreshes itself in its own UI; a new P1 also
 * raises a notification there.
 */
@Component
public class QueueBroadcaster {

    /** What changed: which report, and whether it has just become a P1. */
    public record Change(String reference, boolean urgent) {}

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();

    /** @return what to run to stop listening, when the queue closes */
    public Runnable register(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A case took a triage outcome or was written to by its reporter: told once the case has it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(Change change) {
        tell(change);
    }

    private void tell(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
