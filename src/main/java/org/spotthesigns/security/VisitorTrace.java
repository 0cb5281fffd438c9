package org.spotthesigns.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Something of a visitor's that the server keeps beyond their session (a reporter's draft kept
 * outside the node, say): "Exit this page" clears each one as it ends the session. A feature that
 * keeps such a thing provides a bean of this type; it must be quick, as the exit waits for no one.
 */
public interface VisitorTrace {

    /** Clears what this request's visitor left behind, and any cookie that pointed to it. */
    void clear(HttpServletRequest request, HttpServletResponse response);
}
