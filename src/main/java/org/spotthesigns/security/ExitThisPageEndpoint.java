package org.spotthesigns.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ends the visitor's server session when they press "Exit this page", so nothing they typed or
 * viewed stays behind on the server for whoever picks up the phone next.
 */
@RestController
class ExitThisPageEndpoint {

    static final String PATH = "/exit-this-page";

    @PostMapping(PATH)
    ResponseEntity<Void> exit(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }
}
