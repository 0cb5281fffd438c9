package org.spotthesigns.security.internal;

import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Gives back what {@link SignInThrottle} took from the account's and the client's allowances of
 * failures when the password was right: only failures count.
 */
@Component
class RightPasswordsCostNothing {

    private final RateLimits limits;

    RightPasswordsCostNothing(RateLimits limits) {
        this.limits = limits;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken password
                && password.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            limits.giveBack(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, SignInThrottle.account(password.getName()));
            limits.giveBack(RateLimit.SIGN_IN_FAILURES_PER_CLIENT, limits.clientKey(details.getRemoteAddress()));
        }
    }
}
