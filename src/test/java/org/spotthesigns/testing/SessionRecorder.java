package org.spotthesigns.testing;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Records how many server sessions have begun and which have ended, so a test can see that one did. */
public class SessionRecorder implements HttpSessionListener {

    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final AtomicInteger created = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        created.incrementAndGet();
    }

    /** How many sessions the portal has created since it started. */
    public int created() {
        return created.get();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ended.add(event.getSession().getId());
    }

    public boolean hasEnded(String sessionId) {
        return ended.contains(sessionId);
    }
}
