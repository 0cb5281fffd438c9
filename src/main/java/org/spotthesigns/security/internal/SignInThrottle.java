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
 * refused with the same message as a wrong password, without checking it.
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
            if (limits.isExhausted(RateLimit.SIGN_IN_FAILURES_PER_CLIENT, limits.clientKey(request.getRemoteAddr()))
                    || (username != null && limits.isExhausted(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, account(username)))) {
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
