package org.spotthesigns.moderation.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open queue and case page on this node that a report changed: triaged (once its case
 * has taken the outcome) or answered by its reporter. Each page refreshes itself in its own UI; a
 * new P1 also raises a notification on the queue. A change made on this node is told here once it
 * has committed; on PostgreSQL, {@link QueueChangesAcrossNodes} tells the other nodes, whose
 * broadcasters tell their own pages the same way (decision record 0016).
 */
@Component
public class QueueBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(QueueBroadcaster.class);

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

    /** Tells every page listening on this node, each on its own: one that fails stops none of the others. */
    void tell(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn(
                        "A page could not be told that a report changed: {}",
                        e.getClass().getName());
            }
        }
    }
}
