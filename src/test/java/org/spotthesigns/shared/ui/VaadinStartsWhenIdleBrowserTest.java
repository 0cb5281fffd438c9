package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spotthesigns.testing.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/** The other way to start Vaadin on the pre-rendered start of a report: on its own, once the page has loaded. */
@TestPropertySource(properties = "spotthesigns.first-paint.vaadin-starts=idle")
class VaadinStartsWhenIdleBrowserTest extends BrowserTest {

    @Test
    void vaadin_starts_without_any_interaction_and_takes_over_the_page() {
        browser.get(url("/report"));

        waitUntil(Duration.ofSeconds(20), BrowserTest::vaadinHasStarted);
        awaitPage();

        assertThat(browser.findElements(By.cssSelector("[data-first-paint]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#outlet .portal main h1")))
                .hasSize(1);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    }
}
