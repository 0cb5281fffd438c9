package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.Chromium;

/**
 * The start of a report arrives whole in its first response: it says without JavaScript how else
 * to report, Vaadin starts at the first tap and keeps the focus where it was. The skip link stays
 * on its page, in a plain guidance document and on a page where Vaadin runs. (Guidance pages never
 * start Vaadin: see PublicPagesIT and PublicPagesBrowserTest.)
 */
class PrerenderedPagesBrowserTest extends BrowserTest {

    private static ChromeDriver withoutJavaScript;

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
    void without_javascript_the_report_page_says_the_form_needs_it_and_how_else_to_report() {
        withoutJavaScript.get(url("/report"));

        String note =
                withoutJavaScript.findElement(By.cssSelector(".no-script")).getText();
        assertThat(note).contains("999", "101", "0800 555 111", "Crimestoppers", "charity");

        // the first step reads without JavaScript too, and says under its question that the form needs it
        withoutJavaScript.findElement(By.id("start-report")).click();
        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText())
                .isEqualTo(MESSAGES.getString("report.step.danger.title"));
        assertThat(withoutJavaScript
                        .findElement(By.cssSelector("h1 + noscript .no-script"))
                        .getText())
                .contains("999", "101", "0800 555 111");
        assertThat(withoutJavaScript
                        .findElement(By.cssSelector(".emergency-banner"))
                        .getText())
                .contains("999");

        // a page that needs Vaadin at once says so instead
        withoutJavaScript.get(url("/report/check"));
        assertThat(withoutJavaScript.findElement(By.tagName("h1")).getText())
                .isEqualTo(MESSAGES.getString("nojs.title"));
        assertThat(withoutJavaScript.findElement(By.tagName("main")).getText()).contains("999", "101", "0800 555 111");
    }

    @Test
    void vaadin_starts_at_the_first_tap_and_not_before_and_shows_the_page_where_it_was() {
        onAPhone();
        startsAtTheFirstTap();
    }

    private void startsAtTheFirstTap() {
        browser.get(url("/report"));
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

        // the skip link, shown while Tab has it focused, would move the page down
        script("document.activeElement.blur();");
        String headingBefore = headingBox();
        new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector("main h1")))
                .click()
                .perform();

        waitUntil(Duration.ofSeconds(20), BrowserTest::vaadinHasStarted);
        awaitPage();
        assertThat(browser.findElements(By.cssSelector("[data-first-paint]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#outlet .portal main h1")))
                .hasSize(1);
        assertThat(headingBox()).as("the heading, once Vaadin shows the page").isEqualTo(headingBefore);
    }

    /**
     * The other way to start Vaadin ({@code spotthesigns.first-paint.vaadin-starts=idle}) changes
     * only the starter's {@code data-when}, which PrerenderedPagesIT reads from the server; here the
     * browser sets it as that setting would, before the starter runs, so this test shares the
     * portal the other browser tests start instead of starting one of its own.
     */
    @Test
    void set_to_start_when_idle_vaadin_starts_without_any_interaction_and_takes_over_the_page() {
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                                new MutationObserver(function (changes, observer) {
                                  var starter = document.querySelector('script[data-when]');
                                  if (starter) {
                                    starter.setAttribute('data-when', 'idle');
                                    observer.disconnect();
                                  }
                                }).observe(document, { childList: true, subtree: true });
                                """))
                .get("identifier");
        try {
            browser.get(url("/report"));
            assertThat(script("return document.querySelector('script[data-when]').getAttribute('data-when');"))
                    .isEqualTo("idle");

            waitUntil(Duration.ofSeconds(20), BrowserTest::vaadinHasStarted);
            awaitPage();

            assertThat(browser.findElements(By.cssSelector("[data-first-paint]")))
                    .isEmpty();
            assertThat(browser.findElements(By.cssSelector("#outlet .portal main h1")))
                    .hasSize(1);
            assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    @Test
    void focus_on_a_link_of_the_copy_stays_on_the_same_link_of_vaadins_view() {
        browser.get(url("/report"));
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
    void the_skip_link_moves_to_the_main_content_of_the_same_page_with_and_without_vaadin() {
        for (String[] page : new String[][] {
            {"/signs/two-phones?from=menu", "Carrying two phones"}, {"/report?sign=two-phones", "Report a concern"}
        }) {
            browser.get(url(page[0]));
            boolean vaadin = vaadinPage();
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
            assertThat(browser.getCurrentUrl()).as("with Vaadin: %s", vaadin).isEqualTo(url(page[0] + "#main-content"));
            assertThat(script("return document.querySelector('main h1').textContent;"))
                    .isEqualTo(page[1]);
        }
    }

    private String headingBox() {
        // where it is on the page, whatever the window's scroll
        return script("const box = document.querySelector('main h1').getBoundingClientRect();"
                + " return [box.x + scrollX, box.y + scrollY, box.width, box.height].join(',');");
    }
}
