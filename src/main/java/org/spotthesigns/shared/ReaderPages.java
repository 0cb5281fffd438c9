package org.spotthesigns.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are answered with a plain reader document (a guidance page, or the not-found
 * page for an address nothing knows) rather than by Vaadin. The security headers follow the same
 * answer: a strict Content-Security-Policy for reader documents, the looser one Vaadin needs for
 * everything else.
 */
public interface ReaderPages {

    boolean answers(HttpServletRequest request);
}
