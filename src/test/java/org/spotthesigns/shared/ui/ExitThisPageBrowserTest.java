package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
        String session = sessionId();

        browser.findElement(By.id("exit-this-page")).click();

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(5), () -> sessions.hasEnded(session));
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
    void back_after_leaving_does_not_return_to_the_portal() {
        browser.findElement(By.id("exit-this-page")).click();
        awaitNeutralSite();

        browser.navigate().back();

        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
        assertThat(browser.getCurrentUrl()).doesNotContain(String.valueOf(port));
    }

    @Test
    void three_presses_of_shift_leave_and_end_the_session() {
        String session = sessionId();

        pressShift(3);

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(5), () -> sessions.hasEnded(session));
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void the_button_leaves_before_vaadin_has_started_on_a_pre_rendered_page() {
        browser.get(NEUTRAL.startUrl());
        browser.get(url("/signs/two-phones"));
        assertThat(vaadinHasStarted()).isFalse();

        browser.findElement(By.id("exit-this-page")).click();

        awaitNeutralSite();
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void leaving_while_vaadin_is_still_starting_reaches_the_neutral_site_and_ends_the_session() {
        browser.get(NEUTRAL.startUrl());
        browser.get(url("/signs/lots-of-cash"));
        String session = sessionId();

        // the first tap starts Vaadin; the button is pressed once Vaadin's script is on its way, before it has run
        startVaadin();
        waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(browser.executeScript(
                "return !!document.querySelector('script[type=module][src*=\"VAADIN/build\"]');")));
        script("document.getElementById('exit-this-page').click();");

        awaitNeutralSite();
        waitUntil(Duration.ofSeconds(5), () -> sessions.hasEnded(session));
        browser.navigate().back();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
    }

    @Test
    void three_presses_of_shift_leave_before_vaadin_has_started() {
        browser.get(url("/where-it-happens"));
        assertThat(vaadinHasStarted()).isFalse();

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
        assertThat(browser.findElements(By.cssSelector(".exit-this-page-overlay"))).isEmpty();
    }

    @Test
    void shift_presses_more_than_five_seconds_apart_do_not_leave() {
        pressShift(2);
        pause(Duration.ofMillis(5200));
        pressShift(1);

        pause(Duration.ofMillis(500));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));
    }

    @Test
    void on_a_phone_moving_through_the_portal_and_leaving_leaves_no_portal_page_in_the_history() {
        inAFreshTab(() -> {
            browser.manage().window().setSize(new Dimension(375, 812));
            browser.get(NEUTRAL.startUrl());
            long before = historyLength();
            // plain links of the pre-rendered pages, then Vaadin's own navigation once it has started
            browser.get(url("/help"));
            browser.findElement(By.cssSelector("[data-first-paint] main a[href='/help/am-i-being-exploited']")).click();
            waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().endsWith("/help/am-i-being-exploited"));
            assertThat(vaadinHasStarted()).isFalse();
            startVaadin();
            awaitPage();
            browser.findElement(By.cssSelector("main a[href='/help/who-to-talk-to']")).click();
            awaitHeading("Who you can talk to");
            assertThat(browser.getTitle()).as("the tab's title still names the page").startsWith("Who you can talk to");
            assertThat(historyLength()).as("entries after moving between portal pages").isEqualTo(before + 1);

            browser.findElement(By.id("exit-this-page")).click();
            awaitNeutralSite();

            assertThat(historyLength()).as("entries after leaving").isEqualTo(before + 1);
            browser.navigate().back();
            waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
        });
    }

    @Test
    void on_a_phone_back_after_leaving_the_middle_of_the_report_form_shows_no_step() {
        inAFreshTab(() -> {
            browser.manage().window().setSize(new Dimension(375, 812));
            browser.get(NEUTRAL.startUrl());
            long before = historyLength();
            browser.get(url("/report"));
            browser.findElement(By.id("start-report")).click();
            waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains("/report/danger"));
            awaitPage();
            browser.findElements(By.cssSelector("#dangerNow vaadin-radio-button")).stream()
                    .filter(button -> button.getText().equals(MESSAGES.getString("report.answer.NO")))
                    .findFirst().orElseThrow().findElement(By.tagName("label")).click();
            awaitPage();
            browser.findElement(By.id("continue")).click();
            waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains("/report/who"));
            awaitPage();
            assertThat(historyLength()).as("entries in the middle of the form").isEqualTo(before + 1);

            browser.findElement(By.id("exit-this-page")).click();
            awaitNeutralSite();

            assertThat(historyLength()).as("entries after leaving").isEqualTo(before + 1);
            browser.navigate().back();
            waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().equals(NEUTRAL.startUrl()));
        });
    }

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
        waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().equals(NEUTRAL.exitUrl())
                && !browser.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NeutralSite.HEADING);
    }
}
