package org.spotthesigns.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing: failed sign-ins count against the account name and against the client
 * (known only by a keyed hash of its address). Once either allowance is used up, sign-ins are
 * refused with the same message as a wrong password, without checking it. Each attempt takes from
 * both before the password is checked, so attempts at the same moment cannot all be checked on the
 * last one left; a right password gives them back ({@link RightPasswordsCostNothing}).
 */
public class SignInThrottle extends OncePerRequestFilter {

    private final RateLimits limits;
    private final String loginPath;

    public SignInThrottle(RateLimits limits, String loginPath) {
        this.limits = limits;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())) {
            String username = request.getParameter("username");
            String client = limits.clientKey(request.getRemoteAddr());
            if (!limits.tryConsume(RateLimit.SIGN_IN_FAILURES_PER_CLIENT, client)) {
                response.sendRedirect(request.getContextPath() + loginPath + "?error");
                return;
            }
            if (username != null && !limits.tryConsume(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, account(username))) {
                limits.giveBack(RateLimit.SIGN_IN_FAILURES_PER_CLIENT, client);
                response.sendRedirect(request.getContextPath() + loginPath + "?error");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static String account(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
