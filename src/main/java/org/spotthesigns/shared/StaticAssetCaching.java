package org.spotthesigns.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep static files. Vaadin's bundle files carry a content hash in their
 * names, so they never change and may be kept for a year; the portal's own stylesheets,
 * scripts and icons keep their names across releases, so browsers check them each time (a cheap
 * "not modified"). Pages themselves are sent {@code no-store} by Spring Security.
 */
@Component
// Before Spring Security, whose "never store" headers (written as each request starts) it replaces.
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssetCaching extends OncePerRequestFilter {

    static final String HASHED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String policy = policyFor(path);
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, policy);
        chain.doFilter(request, new FixedCacheControl(response, policy));
    }

    static @Nullable String policyFor(String path) {
        if (path.startsWith("/VAADIN/build/")) {
            return HASHED;
        }
        if (path.startsWith("/styles/") || path.startsWith("/scripts/") || path.startsWith("/icons/")) {
            return REVALIDATE;
        }
        return null;
    }

    /** Keeps the chosen policy whatever the server behind it would set, without the old HTTP/1.0 headers. */
    private static final class FixedCacheControl extends HttpServletResponseWrapper {

        private final String policy;

        FixedCacheControl(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        private static boolean dropped(String name) {
            return HttpHeaders.EXPIRES.equalsIgnoreCase(name) || HttpHeaders.PRAGMA.equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!dropped(name)) {
                super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? policy : value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, policy);
            } else if (!dropped(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!dropped(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!dropped(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
