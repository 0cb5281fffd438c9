package org.spotthesigns.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journey in a real browser, headless Chromium, against the running portal.
 */
public abstract class BrowserTest extends RunningPortalTest {

    /**
     * How often a wait looks again. Selenium's default of half a second, paid at every step of
     * every journey, was a good part of the browser tests' time.
     */
    public static final Duration POLL = Duration.ofMillis(50);

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
    protected static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    protected static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    protected static ChromeDriver browser;

    /** A phone's screen, as the journeys on a phone use it. */
    protected static final Dimension PHONE = new Dimension(375, 812);

    /** The window as each test finds it; a test on a phone narrows it, and it is put back after. */
    private Dimension window;

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start();
    }

    @BeforeEach
    void noteTheWindow() {
        window = browser.manage().window().getSize();
    }

    @AfterEach
    void putTheWindowBack() {
        if (!browser.manage().window().getSize().equals(window)) {
            browser.manage().window().setSize(window);
        }
    }

    /** Narrows the window to a phone's screen for the rest of the test. */
    protected static void onAPhone() {
        browser.manage().window().setSize(PHONE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Opens a page. A page that runs Vaadin is started as a visitor's first touch would start it
     * (the pre-rendered report start waits for one), and the test waits until Vaadin has shown it
     * and has nothing left to do; a guidance page is a plain document and is ready once loaded.
     */
    protected void open(String path) {
        browser.get(url(path));
        if (vaadinPage()) {
            startVaadin();
        }
        awaitPage();
    }

    /** Whether the page is one of Vaadin's (it has Vaadin's outlet), not a plain document. */
    protected static boolean vaadinPage() {
        return Boolean.TRUE.equals(browser.executeScript("return !!document.getElementById('outlet');"));
    }

    /** Whether Vaadin's client is running on the page (a pre-rendered page starts it at the first interaction). */
    protected static boolean vaadinHasStarted() {
        return Boolean.TRUE.equals(browser.executeScript("return !!(window.Vaadin && window.Vaadin.Flow"
                + " && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length);"));
    }

    /** For checks that something does not happen within a while. */
    protected static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The event scripts/start-vaadin.js waits for, sent from script so no focus or scroll moves. */
    protected static void startVaadin() {
        browser.executeScript("window.dispatchEvent(new PointerEvent('pointerdown'));");
    }

    protected void awaitPage() {
        waitUntil(Duration.ofSeconds(20), () -> Boolean.TRUE.equals(browser.executeScript("""
                if (!document.getElementById('outlet')) {
                    return document.readyState === 'complete' && !!document.querySelector('main h1');
                }
                const flow = window.Vaadin && window.Vaadin.Flow;
                const clients = flow && flow.clients
                    ? Object.values(flow.clients).filter(client => typeof client.isActive === 'function') : [];
                return clients.length > 0 && clients.every(client => !client.isActive())
                    && !!document.querySelector('main h1') && !document.querySelector('[data-first-paint]');
                """)));
    }

    /** Waits for Vaadin to show the page whose heading is {@code text}, after a click or a key. */
    protected void awaitHeading(String text) {
        // generous: on CI the other fork may be starting a cluster's two nodes at that moment
        waitUntil(
                Duration.ofSeconds(20),
                () -> text.equals(
                        script("const h1 = document.querySelector('main h1'); return h1 ? h1.textContent : null;")));
        if (vaadinPage() && !vaadinHasStarted()) {
            startVaadin(); // a plain link led to the pre-rendered start of a report
        }
        awaitPage();
    }

    protected WebElement heading() {
        return browser.findElement(By.cssSelector("main h1"));
    }

    protected String script(String script, Object... arguments) {
        Object result = ((JavascriptExecutor) browser).executeScript(script, arguments);
        return result == null ? null : result.toString();
    }

    protected static void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout).pollingEvery(POLL).until(driver -> condition.getAsBoolean());
    }

    protected static void assertNoSidewaysScroll(String page) {
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
        assertThat(scroll).as(page + " scrolls sideways").isLessThanOrEqualTo(width);
    }

    /** axe-core with the WCAG A and AA rules: no violation, and no contrast it could not measure. */
    protected static void assertAccessible(String page) {
        // the resting page is checked, not a hover effect left under the pointer by the last click
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToLocation(0, 0)
                .perform();
        Results results =
                withWholePageInView(() -> new AxeBuilder().withTags(WCAG_TAGS).analyze(browser));
        assertThat(describe(results.getViolations()))
                .as("axe violations on %s", page)
                .isEmpty();
        assertThat(describe(results.getIncomplete().stream()
                        .filter(rule -> rule.getId().equals("color-contrast"))
                        .toList()))
                .as("contrast axe could not measure on %s", page)
                .isEmpty();
    }

    /**
     * axe cannot measure the contrast of text below the fold, so the window is made as tall as
     * the page while it looks.
     */
    private static <T> T withWholePageInView(java.util.function.Supplier<T> check) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        long pageHeight = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int)
                Math.max(before.getHeight(), pageHeight + 200)));
        try {
            return check.get();
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget() + " (" + reason(node) + ")")
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private static String reason(CheckedNode node) {
        return java.util.stream.Stream.of(node.getAny(), node.getAll(), node.getNone())
                .filter(java.util.Objects::nonNull)
                .flatMap(List::stream)
                .map(check -> check.getMessage())
                .collect(Collectors.joining("; "));
    }
}
