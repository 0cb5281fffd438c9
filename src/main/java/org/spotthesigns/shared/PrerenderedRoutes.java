package org.spotthesigns.shared;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/**
 * A feature's public addresses whose first response already holds the page, so it paints at
 * once, reads without JavaScript, and lets Vaadin start later. Each feature answers only for its
 * own addresses.
 */
public interface PrerenderedRoutes {

    /**
     * @param path  the address without its leading slash, as Vaadin's router sees it ({@code ""} for home)
     * @param query the address's query parameters
     * @return empty when the address is not one of this feature's pre-rendered pages
     */
    Optional<Prerendered> prerender(String path, QueryParameters query);
}
