package org.spotthesigns.triage;

import java.util.Locale;

/** What two reports share when triage links them. */
public enum LinkedBy {
    PHONE_NUMBER,
    VEHICLE_REGISTRATION,
    /** A taxi or private hire booking or job number, whichever firm the reporters named. */
    BOOKING_NUMBER,
    NICKNAME,
    /** The same place, as the reporters described it, in the same area. */
    PLACE;

    /** The spelling the rules file uses: {@code phone-number}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
