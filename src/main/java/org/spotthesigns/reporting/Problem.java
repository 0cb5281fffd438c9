package org.spotthesigns.reporting;

import java.util.List;

/**
 * Something wrong with an answer: which field, and the message to show, as a key into the
 * translations with its arguments, so the words come from the message bundles.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}
