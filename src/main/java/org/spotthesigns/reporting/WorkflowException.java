package org.spotthesigns.reporting;

/** A change the workflow does not allow, with the reason in words a moderator can act on. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
