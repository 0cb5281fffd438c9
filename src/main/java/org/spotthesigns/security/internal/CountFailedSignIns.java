package org.spotthesigns.security.internal;

import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts each refused password against the account name and the client, for {@link SignInThrottle}. */
@Component
class CountFailedSignIns {

    private final RateLimits limits;

    CountFailedSignIns(RateLimits limits) {
        this.limits = limits;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        limits.tryConsume(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, SignInThrottle.account(event.getAuthentication().getName()));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            limits.tryConsume(RateLimit.SIGN_IN_FAILURES_PER_CLIENT, limits.clientKey(details.getRemoteAddress()));
        }
    }
}
