package org.spotthesigns.guidance;

import org.jspecify.annotations.Nullable;

/**
 * One answer offered by a list in the report form (a kind of place, an area, a town), read from
 * {@code content/<language>/options/}.
 *
 * @param id        stable identifier stored with a report
 * @param label     what the person reads
 * @param placePage id of the matching "where it happens" page, if there is one
 * @param area      the id of the area (district) the option lies in, for a town or village
 */
public record Choice(
        String id,
        String label,
        @Nullable String placePage,
        @Nullable String area) {}
