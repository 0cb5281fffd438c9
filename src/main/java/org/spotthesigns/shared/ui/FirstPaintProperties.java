package org.spotthesigns.shared.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When Vaadin starts on the pre-rendered start of a report (guidance pages never start it).
 * {@code interaction}: at the visitor's first tap, key or wheel turn, so a page that is only read
 * never downloads Vaadin; {@code idle}: as soon as the browser is idle after the page has loaded.
 * The README gives the measurements behind the default.
 */
@ConfigurationProperties("spotthesigns.first-paint")
record FirstPaintProperties(@DefaultValue("interaction") VaadinStart vaadinStarts) {

    enum VaadinStart {
        INTERACTION,
        IDLE
    }
}
