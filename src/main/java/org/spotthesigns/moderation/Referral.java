package org.spotthesigns.moderation;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A referral letter to an agency, kept exactly as it was prepared. It counts as sent only once a
 * second moderator has approved it; until then the case shows it as awaiting approval.
 *
 * @param shared which of the reporter's own words and details were ticked to go in the letter
 * @param sha256 the SHA-256 of {@code letter} as UTF-8, in hexadecimal
 */
public record Referral(
        long id,
        String reference,
        String agency,
        String agencyReference,
        Set<Shared> shared,
        String letter,
        String sha256,
        String preparedBy,
        Instant preparedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    /** What a letter leaves out unless the moderator ticks it, one by one. */
    public enum Shared {
        /** What the reporter noticed, in their words. */
        NOTICED,
        /** Where it happened, in the reporter's words. */
        LOCATION,
        /** How to contact the reporter, and what they said about it. */
        CONTACT,
        /** The reporter's messages after the report. */
        MESSAGES
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
