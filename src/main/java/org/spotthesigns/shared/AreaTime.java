package org.spotthesigns.shared;

import java.time.ZoneId;

/** The portal serves one area of England: its dates, times and "today" are that area's. */
public final class AreaTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private AreaTime() {}
}
