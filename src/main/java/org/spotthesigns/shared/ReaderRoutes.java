package org.spotthesigns.shared;

import java.util.Optional;
import java.util.Set;

/**
 * A feature's public addresses that are served as plain documents: the page in the public frame,
 * its stylesheet and the exit script, and nothing of Vaadin. Reading one, scrolling it, tapping
 * it or following its links never starts Vaadin or creates a session, so every copy is the same
 * and a shared cache may hold it. Each feature answers only for its own addresses.
 */
public interface ReaderRoutes {

    /**
     * @param path     the address without its language, its leading or trailing slash ({@code ""} for home)
     * @param language the language its address names: {@code en} for an address without one, or
     *     one of {@link #languages()}
     * @return empty when the address is not one of this feature's reader pages;
     *     {@link Prerendered#missing()} when it is under one of them but names nothing
     */
    Optional<Prerendered> page(String path, String language);

    /** The languages this feature's pages have addresses in, besides English: each is a first segment of an address. */
    default Set<String> languages() {
        return Set.of();
    }
}
