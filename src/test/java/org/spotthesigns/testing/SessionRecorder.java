package org.spotthesigns.testing;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Records which server sessions have ended, so a test can see that one did. */
public class SessionRecorder implements HttpSessionListener {

    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ended.add(event.getSession().getId());
    }

    public boolean hasEnded(String sessionId) {
        return ended.contains(sessionId);
    }
}
