package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.spotthesigns.testing.BrowserTest;

/** The whole report, on a phone 375 pixels wide, with the keyboard alone. */
class ReportByKeyboardBrowserTest extends BrowserTest {

    private final List<String> sidewaysScrolling = new ArrayList<>();

    @BeforeEach
    void becomeAPhone() {
        onAPhone();
    }

    @Test
    void a_report_can_be_made_with_the_keyboard_alone_on_a_narrow_phone() {
        ReportForm form = new ReportForm(browser, MESSAGES, this::awaitPage);
        open("/report");
        tabTo("#start-report");
        press(Keys.ENTER);

        form.awaitStep("danger");
        tabTo("#dangerNow");
        press(Keys.SPACE);
        form.waitUntil(
                () -> browser.findElement(org.openqa.selenium.By.id("call-999")).isDisplayed());
        continueTo(form, "who");

        tabTo("#concernFor");
        press(Keys.SPACE);
        tabTo("#ageBand");
        press(Keys.SPACE);
        continueTo(form, "what");

        tabTo("#signs");
        press(Keys.SPACE);
        continueTo(form, "where");

        tabTo("#placeKind");
        press(Keys.SPACE);
        // the town search: type part of a name, the arrow key goes into the list, Enter takes it
        tabTo("#town");
        new Actions(browser).sendKeys("Lough").perform();
        form.waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                "const box = document.getElementById('town'); return box.opened && !box.loading;")));
        awaitPage();
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        awaitPage();
        form.waitUntil(() ->
                "Loughborough".equals(browser.executeScript("return document.querySelector('#town input').value")));
        continueTo(form, "when");

        // the quick choice fills the day, month and year in
        tabTo("#seenOn-today");
        press(Keys.ENTER);
        form.waitUntil(() -> !"".equals(browser.executeScript("return document.getElementById('seenOn-day').value")));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(form.dateShown())
                .containsExactly(
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()));
        tabTo("#stillHappening");
        press(Keys.SPACE);
        tabTo("#happenedBefore");
        press(Keys.SPACE);
        continueTo(form, "details");
        continueTo(form, "about-you");
        continueTo(form, "check");

        tabTo("#send-report");
        press(Keys.ENTER);

        awaitHeading(MESSAGES.getString("report.received.title"));
        checkWidth("the confirmation");
        assertThat(browser.findElement(org.openqa.selenium.By.id("reference")).getText())
                .matches("[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(sidewaysScrolling).isEmpty();
    }

    private void continueTo(ReportForm form, String slug) {
        checkWidth(browser.getCurrentUrl());
        tabTo("#continue");
        press(Keys.ENTER);
        form.awaitStep(slug);
    }

    /** Presses Tab until the focus is inside the element; fails after 40 presses. */
    private void tabTo(String selector) {
        for (int press = 0; press < 40; press++) {
            Object inside = browser.executeScript(
                    "const target = document.querySelector(arguments[0]);"
                            + "return !!target && !!document.activeElement && (target === document.activeElement"
                            + " || target.contains(document.activeElement));",
                    selector);
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("the keyboard never reached " + selector);
    }

    private void press(Keys key) {
        new Actions(browser).sendKeys(key).perform();
        awaitPage();
    }

    private void checkWidth(String where) {
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
        if (scroll > width) {
            sidewaysScrolling.add(where + ": " + scroll + " > " + width);
        }
    }
}
