package org.spotthesigns.reporting.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.spotthesigns.security.RateLimits;

/** The rate-limit key of the visitor making the current request; their address goes no further. */
final class ClientKey {

    private ClientKey() {}

    static String of(RateLimits limits) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return limits.clientKey(
                request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr());
    }
}
