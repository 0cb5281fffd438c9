package org.spotthesigns.moderation;

/**
 * Someone else changed the report since it was opened: nothing was saved, and the message says
 * who changed it and what, so the moderator can look again before they act.
 */
public class ReportChangedException extends RuntimeException {

    public ReportChangedException(String whoAndWhat) {
        super(whoAndWhat);
    }
}
