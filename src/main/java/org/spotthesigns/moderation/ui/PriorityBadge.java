package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A priority as words and a shape, not colour alone: "P1 urgent", "Not yet triaged". */
final class PriorityBadge extends Span {

    PriorityBadge(@Nullable Integer priority) {
        addClassName("priority");
        if (priority == null) {
            setText("Not yet triaged");
            addClassName("priority-none");
        } else {
            setText("P" + priority + " "
                    + switch (priority) {
                        case 1 -> "urgent";
                        case 2 -> "high";
                        case 3 -> "medium";
                        default -> "low";
                    });
            addClassName("priority-" + priority);
        }
    }
}
