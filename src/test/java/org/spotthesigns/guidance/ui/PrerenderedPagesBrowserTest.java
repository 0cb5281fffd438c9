package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.Chromium;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public pages arrive whole in their first response: they read and lead on without JavaScript,
 * Vaadin starts at the first tap and keeps the focus where it was. (Every page's copy is checked
 * over plain HTTP by {@link PublicPagesIT}, and with axe, before and after Vaadin, by
 * {@link PublicPagesBrowserTest}.)
 */
class PrerenderedPagesBrowserTest extends BrowserTest {

    private static ChromeDriver withoutJavaScript;

    @Autowired
    GuidanceService guidance;

    @BeforeAll
    static void openBrowserWithoutJavaScript() {
        withoutJavaScript = Chromium.startWithoutJavaScript();
    }

    @AfterAll
    static void closeBrowserWithoutJavaScript() {
        if (withoutJavaScript != null) {
            withoutJavaScript.quit();
        }
    }

    @Test
    void without_javascript_the_menu_and_the_cards_are_links_that_lead_to_their_pages() {
        GuidancePage place = guidance.places(Locale.UK).get(0);
        withoutJavaScript.get(url("/"));

        withoutJavaScript
                .findElement(By.linkText(MESSAGES.getString("site.nav.places")))
                .click();
        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText())
                .isEqualTo(MESSAGES.getString("places.title"));
        assertThat(withoutJavaScript
                        .findElement(By.cssSelector(".portal-nav a[aria-current='page']"))
                        .getText())
                .isEqualTo(MESSAGES.getString("site.nav.places"));
        withoutJavaScript.findElement(By.linkText(place.title())).click();

        assertThat(withoutJavaScript.getCurrentUrl()).isEqualTo(url(place.path()));
        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText()).isEqualTo(place.title());
    }

    @Test
    void without_javascript_the_report_page_says_the_form_needs_it_and_how_else_to_report() {
        withoutJavaScript.get(url("/report"));

        String note =
                withoutJavaScript.findElement(By.cssSelector(".no-script")).getText();
        assertThat(note).contains("999", "101", "0800 555 111", "Crimestoppers", "charity");

        withoutJavaScript.findElement(By.id("start-report")).click();
        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText())
                .isEqualTo(MESSAGES.getString("nojs.title"));
        assertThat(withoutJavaScript.findElement(By.tagName("main")).getText()).contains("999", "101", "0800 555 111");
        assertThat(withoutJavaScript
                        .findElement(By.cssSelector(".emergency-banner"))
                        .getText())
                .contains("999");
    }

    @Test
    void without_javascript_an_unknown_address_shows_the_not_found_page() {
        withoutJavaScript.get(url("/signs/three-phones"));

        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText())
                .isEqualTo(MESSAGES.getString("notfound.title"));
        assertThat(withoutJavaScript
                        .findElement(By.cssSelector(".emergency-banner"))
                        .getText())
                .contains("999");
    }

    @Test
    void vaadin_starts_at_the_first_tap_and_not_before() {
        browser.get(url("/signs"));
        pause(Duration.ofMillis(1500));
        assertThat(vaadinHasStarted())
                .as("started with nobody touching the page")
                .isFalse();
        new Actions(browser)
                .sendKeys(Keys.TAB)
                .sendKeys(Keys.SHIFT)
                .sendKeys(Keys.CONTROL)
                .perform();
        pause(Duration.ofMillis(500));
        assertThat(vaadinHasStarted())
                .as("started by moving through the page with Tab or a modifier")
                .isFalse();

        new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector("p.lead")))
                .click()
                .perform();

        waitUntil(Duration.ofSeconds(20), BrowserTest::vaadinHasStarted);
        awaitPage();
        assertThat(browser.findElements(By.cssSelector("[data-first-paint]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#outlet .portal main h1")))
                .hasSize(1);
    }

    @Test
    void focus_on_a_link_of_the_copy_stays_on_the_same_link_of_vaadins_view() {
        browser.get(url("/help"));
        WebElement skip = browser.findElement(By.cssSelector(".skip-link"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(skip);

        startVaadin();
        awaitPage();

        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo(MESSAGES.getString("site.skip"));
        assertThat(browser.executeScript("return document.querySelector('#outlet').contains(document.activeElement);"))
                .isEqualTo(true);
    }

    @Test
    void the_skip_link_moves_to_the_main_content_of_the_same_page_before_and_after_vaadin_starts() {
        for (boolean vaadin : new boolean[] {false, true}) {
            browser.get(url("/signs/two-phones?from=menu"));
            if (vaadin) {
                startVaadin();
                awaitPage();
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo(MESSAGES.getString("site.skip"));

            new Actions(browser).sendKeys(Keys.ENTER).perform();

            waitUntil(
                    Duration.ofSeconds(5),
                    () -> "main".equals(browser.switchTo().activeElement().getTagName()));
            assertThat(browser.getCurrentUrl())
                    .as("with Vaadin: %s", vaadin)
                    .isEqualTo(url("/signs/two-phones?from=menu#main-content"));
            // Enter is a first interaction: Vaadin may be swapping the copy for its view meanwhile,
            // so the heading is read afresh rather than through an element that may be replaced
            assertThat(script("return document.querySelector('main h1').textContent;"))
                    .isEqualTo("Carrying two phones");
        }
    }
}
