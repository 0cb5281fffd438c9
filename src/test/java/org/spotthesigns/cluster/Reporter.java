package org.spotthesigns.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reporter in a real browser, answering the form's steps with Continue, as a person does. */
final class Reporter {

    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    private final ChromeDriver browser;
    private final String origin;

    /** @param origin where the reporter goes, e.g. the balancer's {@code http://127.0.0.1:8100} */
    Reporter(ChromeDriver browser, String origin) {
        this.browser = browser;
        this.origin = origin;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** The first steps, up to and including what was noticed, each confirmed with Continue. */
    void answerTheFirstSteps(String noticed) {
        browser.get(origin + "/report/danger");
        awaitStep("danger");
        choose("dangerNow", MESSAGES.getString("report.answer.NO"));
        next("who");
        choose("concernFor", MESSAGES.getString("report.concernFor.VULNERABLE_ADULT"));
        choose("ageBand", MESSAGES.getString("report.ageBand.NOT_SURE"));
        next("what");
        WebElement field = browser.findElement(By.cssSelector("#noticed textarea"));
        field.click();
        field.sendKeys(noticed, Keys.TAB);
        awaitIdle();
        next("where");
    }

    /** The remaining steps from "where", then Send; returns the reference the confirmation shows. */
    String answerTheRestAndSend() {
        answerTheRest();
        return send();
    }

    /** The remaining steps from "where", up to "check your answers". */
    void answerTheRest() {
        choose("placeKind", "Bus, train, tram or station");
        chooseTown("town", "Leicester");
        next("when");
        browser.findElement(By.id("seenOn-today")).click();
        awaitIdle();
        choose("stillHappening", MESSAGES.getString("report.answer.YES"));
        choose("happenedBefore", MESSAGES.getString("report.answer.NOT_SURE"));
        next("details");
        next("about-you");
        next("check");
    }

    /** Send, from "check your answers"; returns the reference the confirmation shows. */
    String send() {
        browser.findElement(By.id("send-report")).click();
        String sent = MESSAGES.getString("report.received.title");
        until(Duration.ofSeconds(30), () -> sent.equals(heading()));
        return browser.findElement(By.id("reference")).getText();
    }

    /** A whole report, from the first step to its reference. */
    String report(String noticed) {
        answerTheFirstSteps(noticed);
        return answerTheRestAndSend();
    }

    void next(String slug) {
        browser.findElement(By.id("continue")).click();
        awaitStep(slug);
    }

    void awaitStep(String slug) {
        String title = MESSAGES.getString("report.step." + slug + ".title");
        until(
                Duration.ofSeconds(30),
                () -> browser.getCurrentUrl().contains("/report/" + slug) && title.equals(heading()));
        // a step loaded as a page of its own is pre-rendered, and Vaadin starts at the first touch
        until(
                Duration.ofSeconds(30),
                () -> Boolean.TRUE.equals(
                        browser.executeScript("if (!document.querySelector('[data-first-paint]')) return true;"
                                + " if (document.readyState === 'complete')"
                                + " window.dispatchEvent(new PointerEvent('pointerdown')); return false;")));
        awaitIdle();
    }

    /** Types a town's whole name into the search; the list marks that town and Enter takes it. */
    private void chooseTown(String field, String label) {
        WebElement input = browser.findElement(By.cssSelector("#" + field + " input"));
        input.click();
        input.sendKeys(label);
        until(
                Duration.ofSeconds(30),
                () -> Boolean.TRUE.equals(browser.executeScript(
                        "const box = document.getElementById(arguments[0]); return box.opened && !box.loading;",
                        field)));
        awaitIdle();
        input.sendKeys(Keys.ENTER);
        awaitIdle();
        until(Duration.ofSeconds(30), () -> label.equals(input.getDomProperty("value")));
    }

    private void choose(String group, String label) {
        browser.findElements(By.cssSelector("#" + group + " vaadin-radio-button")).stream()
                .filter(button -> button.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + label + "' in " + group))
                .findElement(By.tagName("label"))
                .click();
        awaitIdle();
    }

    String heading() {
        return String.valueOf(browser.executeScript(
                "const h1 = document.querySelector('main h1'); return h1 ? h1.textContent : null;"));
    }

    /** Vaadin has started on the page and has nothing left to send. */
    void awaitIdle() {
        until(Duration.ofSeconds(30), () -> Boolean.TRUE.equals(browser.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                const clients = flow && flow.clients
                    ? Object.values(flow.clients).filter(client => typeof client.isActive === 'function') : [];
                return clients.length > 0 && clients.every(client => !client.isActive());
                """)));
    }

    void until(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout)
                .pollingEvery(org.spotthesigns.testing.BrowserTest.POLL)
                .until(driver -> condition.getAsBoolean());
    }
}
