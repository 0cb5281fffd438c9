package org.spotthesigns.reporting.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.reporting.DraftToken;
import org.spotthesigns.reporting.SavedDrafts;
import org.spotthesigns.security.VisitorTrace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie that finds a reporter's draft again on any node: HttpOnly, SameSite=Lax (as the
 * session cookie, so arriving from a link elsewhere keeps the draft), Secure wherever the session
 * cookie is, and without Max-Age, so it ends with the browser. "Exit this page" deletes the draft
 * it names and clears it.
 */
@Component
class DraftCookie implements VisitorTrace {

    static final String NAME = "report-draft";

    private final SavedDrafts drafts;
    private final boolean secure;

    DraftCookie(SavedDrafts drafts, @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.drafts = drafts;
        this.secure = secure;
    }

    /** The token in the current request's cookie, if it carries one this portal could have made. */
    Optional<DraftToken> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : read(request.getCookies());
    }

    private static Optional<DraftToken> read(Cookie @Nullable [] cookies) {
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> NAME.equals(cookie.getName()))
                        .map(cookie -> DraftToken.parse(cookie.getValue()))
                        .flatMap(Optional::stream)
                        .findFirst();
    }

    /** @return false when the current response cannot carry the cookie */
    boolean write(DraftToken token) {
        return add(VaadinResponse.getCurrent(), token.value(), false);
    }

    void clear() {
        add(VaadinResponse.getCurrent(), "", true);
    }

    @Override
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        Optional<DraftToken> token = read(request.getCookies());
        if (token.isPresent()) {
            drafts.end(token.get());
            add(response, "", true);
        }
    }

    private boolean add(@Nullable Object response, String value, boolean expire) {
        if (!(response instanceof HttpServletResponse http)) {
            return false;
        }
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(NAME, value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax");
        if (expire) {
            cookie.maxAge(0);
        }
        http.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
        return true;
    }
}
