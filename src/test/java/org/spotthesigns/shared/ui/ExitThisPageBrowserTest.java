package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.NeutralSite;
import org.spotthesigns.testing.SessionRecorder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Exit this page": one press, or Shift three times, and the portal is gone from the screen,
 * from the Back button and from the server.
 */
class ExitThisPageBrowserTest extends BrowserTest {

    private static final NeutralSite NEUTRAL = NeutralSite.get();

    @Autowired
    SessionRecorder sessions;

    @BeforeEach
    void arriveFromAnotherSite() {
        browser.get(NEUTRAL.startUrl());
        open("/help/who-to-talk-to");
    }

    @Test
    void pressing_the_button_leaves_for_the_neutral_site_and_ends_the_session() {
        open("/report");
        String session = sessionId();

        browser.findElement(By.id("exit-this-page")).click();

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(15), () -> sessions.hasEnded(session));
    }

    @Test
    void the_portal_is_hidden_at_once_while_the_neutral_site_is_still_loading() {
        // press and look in one script, before the slow neutral site has answered
        String seen = script("""
                document.getElementById('exit-this-page').click();
                const overlay = document.querySelector('.exit-this-page-overlay');
                const covers = overlay && getComputedStyle(overlay).position === 'fixed'
                    && overlay.getBoundingClientRect().width >= document.documentElement.clientWidth
                    && overlay.getBoundingClientRect().height >= document.documentElement.clientHeight;
                return covers + '|' + document.title;
                """);

        assertThat(seen).isEqualTo("true|");
        awaitNeutralSite();
    }

    @Test
    void back_after_leaving_a_guidance_page_does_not_return_to_the_portal_and_no_session_was_made() {
        int sessionsBefore = sessions.created();

        browser.findElement(By.id("exit-this-page")).click();
        awaitNeutralSite();
        assertThat(sessions.created())
                .as("sessions made by reading and leaving")
                .isEqualTo(sessionsBefore);

        browser.navigate().back();

        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
        assertThat(browser.getCurrentUrl()).doesNotContain(String.valueOf(port));
    }

    @Test
    void three_presses_of_shift_leave_and_end_the_session() {
        // from the help page by its menu, which replaces the entry rather than adding one
        browser.findElement(By.cssSelector(".portal-nav a[href='/report']")).click();
        awaitHeading("Report a concern");
        String session = sessionId();

        pressShift(3);

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(15), () -> sessions.hasEnded(session));
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void the_button_leaves_before_vaadin_has_started_on_the_pre_rendered_start_of_a_report() {
        browser.get(NEUTRAL.startUrl());
        browser.get(url("/report"));
        assertThat(vaadinHasStarted()).isFalse();

        browser.findElement(By.id("exit-this-page")).click();

        awaitNeutralSite();
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void leaving_while_vaadin_is_still_starting_reaches_the_neutral_site_and_ends_the_session() {
        browser.get(NEUTRAL.startUrl());
        browser.get(url("/report"));
        String session = sessionId();

        // the first tap starts Vaadin; the button is pressed once Vaadin's script is on its way, before it has run
        startVaadin();
        waitUntil(
                Duration.ofSeconds(10),
                () -> Boolean.TRUE.equals(browser.executeScript(
                        "return !!document.querySelector('script[type=module][src*=\"VAADIN/build\"]');")));
        script("document.getElementById('exit-this-page').click();");

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(15), () -> sessions.hasEnded(session));
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void three_presses_of_shift_leave_a_guidance_page() {
        browser.get(url("/where-it-happens"));

        pressShift(3);

        awaitNeutralSite();
    }

    @Test
    void the_button_works_from_the_keyboard() {
        browser.findElement(By.id("exit-this-page")).sendKeys(Keys.ENTER);

        awaitNeutralSite();
    }

    @Test
    void shift_used_for_capital_letters_does_not_leave() {
        Actions typing = new Actions(browser);
        for (String letter : new String[] {"I", "A", "M"}) {
            typing.keyDown(Keys.SHIFT).sendKeys(letter.toLowerCase()).keyUp(Keys.SHIFT);
        }
        typing.perform();

        pause(Duration.ofMillis(500));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));
        assertThat(browser.findElements(By.cssSelector(".exit-this-page-overlay")))
                .isEmpty();
    }

    @Test
    void shift_presses_more_than_five_seconds_apart_do_not_leave() {
        pressShift(2);
        // a little over five seconds pass on the page's clock, which the script reads
        browser.executeScript("const real = Date.now; Date.now = () => real.call(Date) + 5200;");
        pressShift(1);

        pause(Duration.ofMillis(500));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));
    }

    @Test
    void on_a_phone_moving_through_the_portal_and_leaving_leaves_no_portal_page_in_the_history() {
        inAFreshTab(() -> {
            onAPhone();
            browser.get(NEUTRAL.startUrl());
            long before = historyLength();
            // plain links between guidance pages, on to the start of a report, where Vaadin starts,
            // and from Vaadin's page back to a guidance page, a plain document again
            browser.get(url("/help"));
            browser.findElement(By.cssSelector("main a[href='/help/am-i-being-exploited']"))
                    .click();
            awaitHeading("Is a gang using me?");
            browser.findElement(By.cssSelector(".portal-nav a[href='/report']")).click();
            awaitHeading("Report a concern");
            assertThat(vaadinHasStarted()).as("Vaadin on the start of a report").isTrue();
            browser.findElement(By.cssSelector(".portal-nav a[href='/help']")).click();
            awaitHeading(MESSAGES.getString("help.title"));
            assertThat(vaadinPage())
                    .as("a guidance page reached from Vaadin's is a plain document")
                    .isFalse();
            browser.findElement(By.cssSelector("main a[href='/help/who-to-talk-to']"))
                    .click();
            awaitHeading("Who you can talk to");
            assertThat(browser.getTitle())
                    .as("the tab's title still names the page")
                    .startsWith("Who you can talk to");
            assertThat(historyLength())
                    .as("entries after moving between portal pages")
                    .isEqualTo(before + 1);

            leaveAndGoBack(before);
        });
    }

    @Test
    void on_a_phone_back_after_leaving_the_middle_of_the_report_form_shows_no_step() {
        inAFreshTab(() -> {
            onAPhone();
            browser.get(NEUTRAL.startUrl());
            long before = historyLength();
            browser.get(url("/report"));
            browser.findElement(By.id("start-report")).click();
            waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains("/report/danger"));
            // the step arrives pre-rendered; the reporter's first touch, once it has loaded, starts Vaadin
            waitUntil(Duration.ofSeconds(10), () -> "complete".equals(script("return document.readyState;")));
            startVaadin();
            awaitPage();
            browser.findElements(By.cssSelector("#dangerNow vaadin-radio-button")).stream()
                    .filter(button -> button.getText().equals(MESSAGES.getString("report.answer.NO")))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.tagName("label"))
                    .click();
            awaitPage();
            browser.findElement(By.id("continue")).click();
            waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains("/report/who"));
            awaitPage();
            assertThat(historyLength()).as("entries in the middle of the form").isEqualTo(before + 1);

            leaveAndGoBack(before);
        });
    }

    /**
     * Presses the exit control, then Back: the history still holds the one portal entry the exit
     * replaced, and Back lands on the site before the portal.
     */
    private void leaveAndGoBack(long entriesBefore) {
        browser.findElement(By.id("exit-this-page")).click();
        awaitNeutralSite();

        assertThat(historyLength()).as("entries after leaving").isEqualTo(entriesBefore + 1);
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void the_help_text_gives_the_shift_shortcut_on_a_keyboard_and_only_the_button_on_a_touch_screen() {
        browser.get(url("/help/am-i-being-exploited"));
        assertThat(script("return document.querySelector('main').innerText")).contains("Shift");

        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        try {
            browser.navigate().refresh();
            assertThat(script("return matchMedia('(hover: none) and (pointer: coarse)').matches"))
                    .as("a touch screen")
                    .isEqualTo("true");
            assertThat(script("return document.querySelector('main').innerText"))
                    .contains(MESSAGES.getString("site.exit"))
                    .doesNotContain("Shift");
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    @Test
    void the_exit_control_never_covers_text_on_a_phone_or_a_computer() {
        Dimension size = browser.manage().window().getSize();
        try {
            for (Dimension screen : new Dimension[] {new Dimension(375, 812), new Dimension(1280, 900)}) {
                browser.manage().window().setSize(screen);
                browser.get(url("/help/am-i-being-exploited"));
                for (double part : new double[] {0, 0.1, 0.3, 0.5, 0.7, 1}) {
                    script(
                            "window.scrollTo(0, arguments[0] * (document.documentElement.scrollHeight - innerHeight));",
                            part);
                    assertThat(script(COVERED_TEXT))
                            .as("text covered at %s, %s down the page", screen, part)
                            .isEmpty();
                }
            }
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /**
     * Each line of text in sight that the exit control overlaps. A line may pass beneath the
     * control only where the control sits in a bar of its own, opaque and as wide as the screen,
     * which hides what scrolls under it as the top of the screen does; at the top of the page,
     * nothing shares the bar's space.
     */
    private static final String COVERED_TEXT = """
            const control = document.getElementById('exit-this-page').getBoundingClientRect();
            const bar = document.querySelector('.exit-bar');
            const own = bar.getBoundingClientRect();
            const ownSpace = own.left <= 0 && own.right >= document.documentElement.clientWidth
                && own.top <= control.top && own.bottom >= control.bottom
                && !['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(bar).backgroundColor);
            const atTop = window.scrollY === 0;
            const covered = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const parent = node.parentElement;
                if (!node.textContent.trim() || parent.closest('.exit-bar, script, style, noscript')
                        || getComputedStyle(parent).visibility === 'hidden') {
                    continue;
                }
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const line of range.getClientRects()) {
                    const overlapsControl = line.left < control.right && line.right > control.left
                        && line.top < control.bottom && line.bottom > control.top;
                    const overlapsBar = line.left < own.right && line.right > own.left
                        && line.top < own.bottom && line.bottom > own.top;
                    if ((overlapsControl && !ownSpace) || (atTop && overlapsBar && line.height > 0)) {
                        covered.push(node.textContent.trim().slice(0, 40));
                    }
                }
            }
            return covered.join(' | ');
            """;

    private void inAFreshTab(Runnable journey) {
        // a tab of its own, so the history counted is this journey's alone
        String first = browser.getWindowHandle();
        Dimension size = browser.manage().window().getSize();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            journey.run();
        } finally {
            browser.close();
            browser.switchTo().window(first);
            browser.manage().window().setSize(size);
        }
    }

    private static long historyLength() {
        return ((Number) browser.executeScript("return history.length;")).longValue();
    }

    private void pressShift(int times) {
        Actions presses = new Actions(browser);
        for (int i = 0; i < times; i++) {
            presses.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        presses.perform();
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("the portal's session cookie").isNotNull();
        return cookie.getValue();
    }

    private void awaitNeutralSite() {
        waitUntil(
                Duration.ofSeconds(10),
                () -> browser.getCurrentUrl().equals(NEUTRAL.exitUrl())
                        && !browser.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NeutralSite.HEADING);
    }
}
