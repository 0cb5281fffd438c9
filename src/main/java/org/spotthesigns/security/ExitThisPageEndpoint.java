package org.spotthesigns.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ends the visitor's server session when they press "Exit this page", and clears every other
 * {@link VisitorTrace} they left, so nothing they typed or viewed stays behind on the server for
 * whoever picks up the phone next.
 */
@RestController
class ExitThisPageEndpoint {

    static final String PATH = "/exit-this-page";
    private static final Logger log = LoggerFactory.getLogger(ExitThisPageEndpoint.class);

    private final List<VisitorTrace> traces;

    ExitThisPageEndpoint(List<VisitorTrace> traces) {
        this.traces = traces;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> exit(HttpServletRequest request, HttpServletResponse response) {
        for (VisitorTrace trace : traces) {
            try {
                trace.clear(request, response);
            } catch (RuntimeException failed) {
                // the session still ends; what was left expires with the session timeout
                log.warn("Exit this page could not clear {}", trace.getClass().getSimpleName(), failed);
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }
}
