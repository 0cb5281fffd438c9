package org.spotthesigns.guidance;

import java.util.List;

/**
 * A case that another service deals with faster than a report here (danger now, online sexual
 * abuse, a young person asking about themselves), with where to go. Read from
 * {@code content/<language>/options/routes.yml}; the report start page and the first question
 * show them.
 *
 * @param id        stable identifier, for tests and styles
 * @param situation the case, in the reader's words ("Someone is in danger right now")
 * @param advice    what to do, in a sentence or two
 * @param links     where to go: a telephone number or a page of the service that deals with it
 * @param firstStep when the first question of the form shows it
 */
public record Signpost(String id, String situation, String advice, List<Link> links, FirstStep firstStep) {

    public Signpost {
        links = List.copyOf(links);
    }

    /** A way to reach the service: {@code tel:} a number, or an {@code https://} address. */
    public record Link(String text, String href) {}

    /** When the form's first question, "Is anyone in danger right now?", shows a signpost. */
    public enum FirstStep {
        /** Beside the question, from the start. */
        ALWAYS,
        /** Only once the reporter answers that someone is in danger. */
        WHEN_IN_DANGER,
        /** Only on the start page. */
        NEVER;

        public static FirstStep of(String value) {
            return switch (value) {
                case "always" -> ALWAYS;
                case "when-in-danger" -> WHEN_IN_DANGER;
                case "never" -> NEVER;
                default -> throw new IllegalArgumentException(value);
            };
        }
    }
}
