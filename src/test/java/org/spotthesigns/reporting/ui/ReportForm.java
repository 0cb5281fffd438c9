package org.spotthesigns.reporting.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spotthesigns.reporting.DraftToken;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.SavedDrafts;

/** Filling the report form the way a person does: clicking labels, typing, pressing Continue. */
final class ReportForm {

    private final ChromeDriver browser;
    private final ResourceBundle messages;
    private final Runnable awaitPage;
    /** The start of the form's addresses: {@code /} in English, {@code /pl/} in Polish. */
    private final String addresses;

    ReportForm(ChromeDriver browser, ResourceBundle messages, Runnable awaitPage) {
        this(browser, messages, awaitPage, "/");
    }

    /** The form at the addresses of a language, such as {@code /ur/}, with that language's words. */
    ReportForm(ChromeDriver browser, ResourceBundle messages, Runnable awaitPage, String addresses) {
        this.browser = browser;
        this.messages = messages;
        this.awaitPage = awaitPage;
        this.addresses = addresses;
    }

    String message(String key) {
        return messages.getString(key);
    }

    void awaitStep(String slug) {
        try {
            waitUntil(() -> browser.getCurrentUrl().contains(addresses + "report/" + slug));
        } catch (org.openqa.selenium.TimeoutException stuck) {
            List<WebElement> summary = browser.findElements(By.id("error-summary"));
            try {
                java.nio.file.Files.copy(
                        browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                                .toPath(),
                        java.nio.file.Path.of("target", "stuck-before-" + slug + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException ignored) {
                // the message below still says where it stopped
            }
            throw new AssertionError(
                    "never reached step " + slug + " from " + browser.getCurrentUrl()
                            + (summary.isEmpty()
                                    ? ""
                                    : "; the page says: " + summary.get(0).getText())
                            + "; fields marked invalid: "
                            + browser.executeScript(
                                    "return Array.from(document.querySelectorAll('[invalid]')).map(e => e.id + ' ' + e.errorMessage).join(', ')"),
                    stuck);
        }
        String title = message("report.step." + slug + ".title");
        waitUntil(() -> title.equals(browser.executeScript(
                "const h1 = document.querySelector('main h1'); return h1 ? h1.textContent : null;")));
        // a step loaded as a page of its own arrives pre-rendered and starts Vaadin at the first
        // touch, which a person makes before anything else: the journeys go on in Vaadin's view
        waitUntil(() -> "complete".equals(browser.executeScript("return document.readyState;")));
        browser.executeScript("if (document.querySelector('[data-first-paint]'))"
                + " window.dispatchEvent(new PointerEvent('pointerdown'));");
        awaitPage.run();
    }

    void next(String slug) {
        browser.findElement(By.id("continue")).click();
        awaitStep(slug);
    }

    WebElement radio(String group, String label) {
        return browser.findElements(By.cssSelector("#" + group + " vaadin-radio-button")).stream()
                .filter(button -> button.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }

    void choose(String group, String label) {
        radio(group, label).findElement(By.tagName("label")).click();
        awaitPage.run();
    }

    WebElement checkbox(String group, String label) {
        return browser.findElements(By.cssSelector("#" + group + " vaadin-checkbox")).stream()
                .filter(box -> box.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }

    void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        awaitPage.run();
    }

    /**
     * Puts a long text into a field at once, as pasting does: typing thousands of letters key by
     * key takes seconds and shows nothing more.
     */
    void paste(By field, String text) {
        WebElement input = browser.findElement(field);
        input.click();
        browser.executeScript("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                """, input, text);
        input.sendKeys(Keys.TAB);
        awaitPage.run();
    }

    /** Types a date into the day, month and year boxes of the date seen. */
    void typeDate(LocalDate date) {
        typeDate(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** Types into the day, month and year boxes as given, replacing what they held. */
    void typeDate(String day, String month, String year) {
        for (String[] box : new String[][] {{"seenOn-day", day}, {"seenOn-month", month}, {"seenOn-year", year}}) {
            WebElement input = browser.findElement(By.id(box[0]));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(box[1]);
            input.sendKeys(Keys.TAB);
        }
        awaitPage.run();
    }

    /** What the day, month and year boxes show. */
    List<String> dateShown() {
        return List.of("seenOn-day", "seenOn-month", "seenOn-year").stream()
                .map(id -> browser.findElement(By.id(id)).getDomProperty("value"))
                .toList();
    }

    /** A quick choice for the date: "today" or "yesterday". */
    void quickDate(String choice) {
        browser.findElement(By.id("seenOn-" + choice)).click();
        awaitPage.run();
    }

    /** Answers every step with the fewest answers the rules accept, ending on "check your answers". */
    void fillInBriefly(String noticed, String placeLabel, String townLabel) {
        fillInBriefly(noticed, placeLabel, townLabel, false);
    }

    /** The shortest complete report; a long answer for what was noticed can be pasted rather than typed. */
    void fillInBriefly(String noticed, String placeLabel, String townLabel, boolean pasteNoticed) {
        answerUpToWhen(noticed, placeLabel, townLabel, pasteNoticed);
        quickDate("today");
        choose("stillHappening", message("report.answer.YES"));
        choose("happenedBefore", message("report.answer.NOT_SURE"));
        next("details");
        next("about-you");
        next("check");
    }

    /**
     * The shortest complete report, as {@link #fillInBriefly} leaves it, kept outside the node as
     * Continue keeps it and named by this browser's draft cookie (decision record 0017); then opens
     * "check your answers", which finds it. For journeys about the check page and what follows it,
     * which need not answer every step again. The browser must be on the portal already.
     */
    void openCheckWithKeptDraft(SavedDrafts drafts, String noticed, String placeKind) {
        ReportDraft draft = new ReportDraft(Instant.now().minusSeconds(60));
        draft.setDangerNow(ReportDraft.Answer.NO);
        draft.setConcernFor(ReportDraft.ConcernFor.VULNERABLE_ADULT);
        draft.setAgeBand(ReportDraft.AgeBand.NOT_SURE);
        draft.setNoticed(noticed);
        draft.setPlaceKind(placeKind);
        draft.setTown("leicester");
        draft.setSeenOn(LocalDate.now(ZoneId.of("Europe/London")));
        draft.setStillHappening(ReportDraft.Answer.YES);
        draft.setHappenedBefore(ReportDraft.Answer.NOT_SURE);
        DraftToken token = DraftToken.random();
        if (!drafts.save(token, draft, ReportStepView.CHECK)) {
            throw new IllegalStateException("the draft was not kept");
        }
        browser.manage().addCookie(new Cookie(DraftCookie.NAME, token.value(), "/"));
        browser.get(browser.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + addresses + "report/check");
        waitUntil(() -> !browser.findElements(By.cssSelector(".check-answers")).isEmpty());
        awaitPage.run();
    }

    /** From the first step, the fewest answers the rules accept up to "where". */
    void answerFromDangerToWhere(String noticed, boolean pasteNoticed) {
        awaitStep("danger");
        choose("dangerNow", message("report.answer.NO"));
        next("who");
        choose("concernFor", message("report.concernFor.VULNERABLE_ADULT"));
        choose("ageBand", message("report.ageBand.NOT_SURE"));
        next("what");
        if (pasteNoticed) {
            paste(By.cssSelector("#noticed textarea"), noticed);
        } else {
            type(By.cssSelector("#noticed textarea"), noticed);
        }
        next("where");
    }

    /** Answers the steps before "when" with the fewest answers the rules accept, ending on "when". */
    void answerUpToWhen(String noticed, String placeLabel, String townLabel, boolean pasteNoticed) {
        browser.get(browser.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + addresses + "report/danger");
        answerFromDangerToWhere(noticed, pasteNoticed);
        choose("placeKind", placeLabel);
        chooseTown("town", townLabel);
        next("when");
    }

    /**
     * Picks a town by typing its whole name into the search and pressing Enter: the list marks
     * the town with exactly that name, and Enter takes it.
     */
    void chooseTown(String field, String label) {
        WebElement input = typeIntoSearch(field, label);
        input.sendKeys(Keys.ENTER);
        awaitPage.run();
        waitUntil(() -> label.equals(input.getDomProperty("value")));
    }

    /**
     * Types part of a name into a town search, waits for the list to show what matches, and takes
     * the first match with the arrow key and Enter, as a person on a keyboard does.
     */
    void searchTown(String field, String typed, String expectedLabel) {
        WebElement input = typeIntoSearch(field, typed);
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        awaitPage.run();
        waitUntil(() -> expectedLabel.equals(input.getDomProperty("value")));
    }

    /** Types into a town search and waits until its list shows what matches. */
    private WebElement typeIntoSearch(String field, String typed) {
        WebElement input = browser.findElement(By.cssSelector("#" + field + " input"));
        input.click();
        // whatever was typed before goes: the search starts from the new words alone
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                "const box = document.getElementById(arguments[0]); return box.opened && !box.loading;", field)));
        awaitPage.run();
        waitUntil(() -> Boolean.TRUE.equals(
                browser.executeScript("return !document.getElementById(arguments[0]).loading;", field)));
        return input;
    }

    void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .pollingEvery(org.spotthesigns.testing.BrowserTest.POLL)
                .until(driver -> condition.getAsBoolean());
    }
}
