package org.spotthesigns.moderation.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.spotthesigns.triage.ReportTriaged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open queue, on this node, that a report was triaged, once the outcome is saved.
 * Each queue refreshes itself in its own UI; a new P1 also raises a notification there.
 */
@Component
public class QueueBroadcaster {

    private final Set<Consumer<ReportTriaged>> listeners = new CopyOnWriteArraySet<>();

    /** @return what to run to stop listening, when the queue closes */
    public Runnable register(Consumer<ReportTriaged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void triaged(ReportTriaged triaged) {
        listeners.forEach(listener -> listener.accept(triaged));
    }
}
