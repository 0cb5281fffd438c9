package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportRules;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.SwitchableDataSource;
import org.springframework.beans.factory.annotation.Autowired;

/** From a sign page to a confirmed anonymous report, and back to it with the reference and key. */
class ReportJourneyBrowserTest extends BrowserTest {

    /** Markup and script a hostile visitor might type; none of it may ever run. */
    private static final String SCRIPT_PAYLOAD =
            "Two phones <img src=x onerror=\"window.xssRan=1\"><script>window.xssRan=1</script>";

    private static final String MARKUP_PAYLOAD = "Outside the bank \"><svg onload=\"window.xssRan=1\">";

    @Autowired
    GuidanceService guidance;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportService reports;

    @Autowired
    ReportTimeOut timeOut;

    private SwitchableDataSource database;
    private ReportForm form;

    @BeforeEach
    void prepare() {
        database = (SwitchableDataSource) dataSource;
        form = new ReportForm(browser, MESSAGES, this::awaitPage);
    }

    @Test
    void a_visitor_who_taps_report_before_vaadin_has_started_finds_the_sign_ticked_in_the_form() {
        String report = guidance.generalPage("report", Locale.UK).title();
        browser.get(url("/signs/lots-of-cash"));
        assertThat(vaadinHasStarted()).isFalse();

        // real links of the pre-rendered pages, each followed as a full page load
        browser.findElements(By.linkText(MESSAGES.getString("sign.report")))
                .get(0)
                .click();
        waitUntil(
                java.time.Duration.ofSeconds(10), () -> report.equals(heading().getText()));
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText())
                .contains("Carrying lots of cash");
        browser.findElement(By.id("start-report")).click();

        form.awaitStep("danger");
        awaitPage();
        form.choose("dangerNow", MESSAGES.getString("report.answer.NO"));
        form.next("who");
        form.choose("concernFor", MESSAGES.getString("report.concernFor.CHILD"));
        form.choose("ageBand", MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
        form.next("what");
        assertThat(form.checkbox("signs", "Carrying lots of cash").getAttribute("checked"))
                .isNotNull();
    }

    @Test
    void a_visitor_reports_a_sign_anonymously_and_follows_it_up() {
        open("/signs/two-phones");
        browser.findElements(By.linkText(MESSAGES.getString("sign.report")))
                .get(0)
                .click();
        awaitHeading(guidance.generalPage("report", Locale.UK).title());
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText())
                .contains("Carrying two phones");
        assertAccessible("the start of a report");
        browser.findElement(By.id("start-report")).click();

        form.awaitStep("danger");
        assertAccessible("step 1");
        browser.findElement(By.id("continue")).click();
        waitUntil(
                java.time.Duration.ofSeconds(5),
                () -> browser.findElement(By.id("error-summary")).isDisplayed());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(MESSAGES.getString("report.error.dangerNow.required"));
        assertAccessible("step 1 with an error");
        browser.findElement(By.cssSelector("#error-summary a")).click();
        assertThat(browser.executeScript(
                        "return document.getElementById('dangerNow').contains(document.activeElement)"))
                .isEqualTo(true);
        form.choose("dangerNow", MESSAGES.getString("report.answer.YES"));
        waitUntil(
                java.time.Duration.ofSeconds(5),
                () -> browser.findElement(By.id("call-999")).isDisplayed());
        form.choose("dangerNow", MESSAGES.getString("report.answer.NO"));
        form.next("who");
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed())
                .as("an old error on a new step")
                .isFalse();
        assertThat(browser.getTitle()).doesNotStartWith("Error: ");

        form.choose("concernFor", MESSAGES.getString("report.concernFor.CHILD"));
        form.choose("ageBand", MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
        assertAccessible("step 2");
        form.next("what");

        assertThat(form.checkbox("signs", "Carrying two phones").getAttribute("checked"))
                .isNotNull();
        form.type(By.cssSelector("#noticed textarea"), SCRIPT_PAYLOAD);
        assertAccessible("step 3");
        form.next("where");

        form.choose("placeKind", guidance.placeKinds(Locale.UK).get(0).label());
        form.choose("area", guidance.areas(Locale.UK).get(0).label());
        form.type(By.cssSelector("#location textarea"), MARKUP_PAYLOAD);
        assertAccessible("step 4");
        form.next("when");

        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        form.typeDate(By.cssSelector("#seenOn input"), yesterday);
        form.choose("stillHappening", MESSAGES.getString("report.answer.NOT_SURE"));
        form.choose("happenedBefore", MESSAGES.getString("report.answer.YES"));
        assertAccessible("step 5");
        form.next("details");

        browser.findElement(By.id("add-detail")).click();
        waitUntil(
                java.time.Duration.ofSeconds(5),
                () -> !browser.findElements(By.cssSelector("#detail-value-0 input"))
                        .isEmpty());
        form.type(By.cssSelector("#detail-value-0 input"), "AB12 CDE<script>window.xssRan=1</script>");
        assertAccessible("step 6");
        form.next("about-you");

        assertAccessible("step 7");
        form.choose("contactMe", MESSAGES.getString("report.contact.yes"));
        form.type(By.cssSelector("#contactName input"), "<b onmouseover=\"window.xssRan=1\">Sam</b>");
        form.type(By.cssSelector("#contactEmail input"), "sam@example.org");
        form.type(
                By.cssSelector("#contactNotes textarea"),
                "<iframe src=\"javascript:window.xssRan=1\"></iframe>Evenings");
        assertAccessible("step 7 with contact details");
        form.next("check");

        // the reporter's words exactly as typed, shown as text: none of it became an element
        String answers = browser.findElement(By.cssSelector(".check-answers")).getText();
        assertThat(answers)
                .contains(
                        "Carrying two phones",
                        SCRIPT_PAYLOAD,
                        MARKUP_PAYLOAD,
                        "AB12 CDE<script>window.xssRan=1</script>",
                        "<b onmouseover=\"window.xssRan=1\">Sam</b>",
                        "sam@example.org",
                        "<iframe src=\"javascript:window.xssRan=1\"></iframe>Evenings");
        assertThat(browser.executeScript(
                        "return document.querySelectorAll('.check-answers :is(img, script, svg, b, iframe)').length"))
                .isEqualTo(0L);
        assertThat(browser.executeScript("return window.xssRan === undefined")).isEqualTo(true);
        assertAccessible("check your answers");

        // change one answer from the check page, and come straight back to it
        browser.findElement(By.cssSelector("a[href='/report/who?return=check']"))
                .click();
        form.awaitStep("who");
        form.choose("ageBand", MESSAGES.getString("report.ageBand.UNDER_13"));
        form.next("check");
        assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                .contains(MESSAGES.getString("report.ageBand.UNDER_13"))
                .doesNotContain(MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
        browser.findElement(By.id("send-report")).click();

        awaitHeading(MESSAGES.getString("report.received.title"));
        String reference = browser.findElement(By.id("reference")).getText();
        String key = browser.findElement(By.id("follow-up-key")).getText();
        assertThat(reference).matches("[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(key).matches("([A-Z2-9]{4}-){3}[A-Z2-9]{4}");
        assertAccessible("the confirmation");

        open("/report/received");
        assertThat(browser.findElements(By.id("follow-up-key"))).isEmpty();

        open("/follow-up");
        form.type(By.cssSelector("#reference input"), reference.toLowerCase(Locale.ROOT));
        form.type(By.cssSelector("#key input"), key);
        browser.findElement(By.id("open-report")).click();
        waitUntil(
                java.time.Duration.ofSeconds(10),
                () -> !browser.findElements(By.id("status")).isEmpty());
        assertThat(browser.findElement(By.id("status")).getText())
                .contains(MESSAGES.getString("followup.status.RECEIVED"));
        form.type(
                By.cssSelector("#message textarea"), "Seen again <b>today</b> <img src=x onerror=\"window.xssRan=1\">");
        browser.findElement(By.id("send-message")).click();
        waitUntil(
                java.time.Duration.ofSeconds(10),
                () -> !browser.findElements(By.cssSelector(".messages .body")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".messages .body")).getText())
                .isEqualTo("Seen again <b>today</b> <img src=x onerror=\"window.xssRan=1\">");
        assertThat(browser.executeScript("return window.xssRan === undefined")).isEqualTo(true);
        assertAccessible("the follow-up page");
    }

    @Test
    void send_in_a_fresh_browser_leads_to_the_first_question_with_its_error_summary() {
        browser.manage().deleteAllCookies();
        open("/report/check");
        browser.findElement(By.id("send-report")).click();

        form.awaitStep("danger");
        assertThat(browser.getCurrentUrl()).endsWith("/report/danger?return=check");
        form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(MESSAGES.getString("report.error.dangerNow.required"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.getTitle()).startsWith("Error: ");

        // answered, Continue returns to the check page
        form.choose("dangerNow", MESSAGES.getString("report.answer.NO"));
        form.next("check");
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_long_word_wraps_on_a_phone_and_a_too_long_answer_left_by_the_address_bar_is_shown_at_its_step() {
        browser.manage().deleteAllCookies();
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            String word = "W".repeat(ReportRules.NOTICED_LIMIT);
            open("/");
            // filled in on a wide window, where the date can be typed; then looked at on a phone
            form.fillInBriefly(
                    word,
                    guidance.placeKinds(Locale.UK).get(0).label(),
                    guidance.areas(Locale.UK).get(0).label(),
                    true);
            assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                    .contains(word);
            assertNoSidewaysScrolling("check your answers, wide");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            assertNoSidewaysScrolling("check your answers");

            // one letter too many, then away through the address bar
            open("/report/what");
            assertNoSidewaysScrolling("the step with the long word");
            WebElement noticed = browser.findElement(By.cssSelector("#noticed textarea"));
            noticed.click();
            noticed.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "X", Keys.TAB);
            awaitPage();
            open("/report/check");
            browser.findElement(By.id("send-report")).click();

            form.awaitStep("what");
            assertThat(browser.getCurrentUrl()).endsWith("/report/what?return=check");
            form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
            assertThat(browser.findElement(By.id("error-summary")).getText())
                    .contains(new MessageFormat(MESSAGES.getString("report.error.tooLong"), Locale.UK)
                            .format(new Object[] {ReportRules.NOTICED_LIMIT}));
            assertThat(browser.getTitle()).startsWith("Error: ");

            noticed = browser.findElement(By.cssSelector("#noticed textarea"));
            noticed.click();
            noticed.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.BACK_SPACE, Keys.TAB);
            awaitPage();
            form.next("check");
            assertNoSidewaysScrolling("check your answers again");

            // the follow-up page, for a report sent from elsewhere: this client's own allowance is for the other tests
            ReportDraft draft = ReportDrafts.complete(java.time.Instant.now());
            draft.setNoticed(word);
            SubmittedReport submitted =
                    reports.submit(draft, java.util.UUID.randomUUID().toString());
            open("/follow-up");
            form.type(By.cssSelector("#reference input"), submitted.reference().value());
            form.type(By.cssSelector("#key input"), submitted.key().value());
            browser.findElement(By.id("open-report")).click();
            waitUntil(
                    java.time.Duration.ofSeconds(10),
                    () -> !browser.findElements(By.id("status")).isEmpty());
            form.paste(By.cssSelector("#message textarea"), "Again: " + word.substring(0, 3000));
            browser.findElement(By.id("send-message")).click();
            waitUntil(
                    java.time.Duration.ofSeconds(10),
                    () -> !browser.findElements(By.cssSelector(".messages .body"))
                            .isEmpty());
            assertNoSidewaysScrolling("the follow-up page");
        } finally {
            browser.manage().window().setSize(before);
            browser.manage().deleteAllCookies();
        }
    }

    private void assertNoSidewaysScrolling(String page) {
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
        assertThat(scroll).as(page + " scrolls sideways").isLessThanOrEqualTo(width);
    }

    @Test
    void a_wrong_key_is_refused_and_after_five_tries_the_reference_is_throttled() {
        open("/follow-up");
        form.type(By.cssSelector("#reference input"), "K7M-4QX-9TD");
        form.type(By.cssSelector("#key input"), "AAAA-BBBB-CCCC-DDDD");

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.findElement(By.id("open-report")).click();
            waitUntil(
                    java.time.Duration.ofSeconds(10),
                    () -> browser.findElement(By.id("error-summary"))
                            .getText()
                            .contains(MESSAGES.getString("followup.error.nomatch")));
            assertThat(browser.getTitle()).startsWith("Error: ");
            assertThat(browser.findElements(By.id("status"))).isEmpty();
        }

        browser.findElement(By.id("open-report")).click();
        waitUntil(
                java.time.Duration.ofSeconds(10),
                () -> browser.findElement(By.id("error-summary"))
                        .getText()
                        .contains(MESSAGES.getString("followup.error.limited")));
    }

    @Test
    void a_send_that_fails_because_the_database_is_down_keeps_every_answer_and_succeeds_later() {
        open("/");
        form.fillInBriefly(
                "Database down test: a man collecting cash from a teenager",
                guidance.placeKinds(Locale.UK).get(1).label(),
                guidance.areas(Locale.UK).get(2).label());

        database.goDown();
        try {
            browser.findElement(By.id("send-report")).click();
            form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
            assertThat(browser.findElement(By.id("error-summary")).getText())
                    .contains(MESSAGES.getString("report.send.failed"));
            assertThat(browser.getTitle()).startsWith("Error: ");
            assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                    .contains("Database down test: a man collecting cash from a teenager");
        } finally {
            database.comeBack();
        }

        browser.findElement(By.id("send-report")).click();
        awaitHeading(MESSAGES.getString("report.received.title"));
        assertThat(browser.findElement(By.id("reference")).getText()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}");
    }

    @Test
    void pressing_exit_this_page_forgets_the_report_in_progress() {
        open("/report/danger");
        form.choose("dangerNow", MESSAGES.getString("report.answer.YES"));
        form.next("who");
        assertThat(browser.manage().getCookieNamed(DraftCookie.NAME)).isNotNull();
        browser.findElement(By.id("exit-this-page")).click();
        form.waitUntil(() -> !browser.getCurrentUrl().contains(String.valueOf(port)));

        // kept outside the node too, so it must have gone from there as well, not just from the session
        open("/report/danger");

        assertThat(browser.findElements(By.cssSelector("#dangerNow vaadin-radio-button[checked]")))
                .isEmpty();
    }

    /**
     * Also when the session is lost: the node serving the form dies, the next node has no session,
     * and Vaadin loads the page again. Here the session cookie is dropped and the page loaded again,
     * which is what the browser then sees.
     */
    @Test
    void going_back_or_losing_the_session_keeps_the_answers_confirmed() {
        open("/report/danger");
        form.choose("dangerNow", MESSAGES.getString("report.answer.NOT_SURE"));
        form.next("who");
        form.choose("concernFor", MESSAGES.getString("report.concernFor.MYSELF"));
        waitUntil(
                java.time.Duration.ofSeconds(5),
                () -> browser.findElement(By.id("help-for-myself")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#ageBand > label[slot='label']"))
                        .getText())
                .contains(MESSAGES.getString("report.field.ageBand.myself"));

        browser.findElement(By.linkText(MESSAGES.getString("report.back"))).click();
        form.awaitStep("danger");

        assertThat(form.radio("dangerNow", MESSAGES.getString("report.answer.NOT_SURE"))
                        .getAttribute("checked"))
                .isNotNull();

        org.openqa.selenium.Cookie draft = browser.manage().getCookieNamed(DraftCookie.NAME);
        assertThat(draft).isNotNull();
        assertThat(draft.isHttpOnly()).isTrue();
        assertThat(draft.getSameSite()).isEqualTo("Lax");
        assertThat(draft.getExpiry()).as("ends with the browser").isNull();
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.navigate().refresh();
        form.awaitStep("danger");

        assertThat(form.radio("dangerNow", MESSAGES.getString("report.answer.NOT_SURE"))
                        .getAttribute("checked"))
                .as("confirmed with Continue, kept outside the node")
                .isNotNull();
    }

    /** The start button on a phone: on the first screen, not at the bottom of a long page. */
    @Test
    void on_a_phone_the_start_button_is_on_the_first_screen() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            // the first paint, as a phone shows it before Vaadin has started
            browser.get(url("/report"));
            waitUntil(java.time.Duration.ofSeconds(10), () -> !browser.findElements(By.id("start-report"))
                    .isEmpty());
            long viewport = ((Number) browser.executeScript("return window.innerHeight;")).longValue();
            long pageHeight =
                    ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
            long bottom = ((Number) browser.executeScript(
                            "return Math.round(document.getElementById('start-report').getBoundingClientRect().bottom"
                                    + " + window.scrollY);"))
                    .longValue();
            System.out.printf("Start button at 375 px: bottom %d px of a %d px page (window %d px)%n", bottom, pageHeight, viewport);
            assertThat(bottom)
                    .as("the start button's bottom edge, on a %d px page", pageHeight)
                    .isLessThanOrEqualTo(viewport);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /**
     * The GOV.UK timeout-warning pattern at 375 px, with times short enough for a test: the settings
     * are read by each page of the form as it opens, so they change here for this journey alone.
     */
    @Test
    void a_reporter_left_alone_is_warned_keeps_going_with_the_answers_and_when_the_time_runs_out_reads_why() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        java.time.Duration idle = timeOut.getIdle();
        java.time.Duration warning = timeOut.getWarning();
        browser.manage().deleteAllCookies();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            timeOut.setIdle(java.time.Duration.ofSeconds(24));
            timeOut.setWarning(java.time.Duration.ofSeconds(18));
            open("/report/danger");
            form.choose("dangerNow", MESSAGES.getString("report.answer.NO"));
            form.next("who");
            form.choose("concernFor", MESSAGES.getString("report.concernFor.CHILD"));

            // six seconds after the last answer reached the server, the warning takes over the page
            waitUntil(java.time.Duration.ofSeconds(15), ReportJourneyBrowserTest::warningOpen);
            assertThat(browser.executeScript("return document.activeElement.closest('dialog')?.id"))
                    .as("the focus moves into the warning")
                    .isEqualTo(TimeOutWarning.DIALOG_ID);
            WebElement dialog = browser.findElement(By.id(TimeOutWarning.DIALOG_ID));
            assertThat(dialog.getAttribute("aria-labelledby")).isEqualTo("time-out-heading");
            assertThat(browser.findElement(By.id("time-out-heading")).getText())
                    .isEqualTo(MESSAGES.getString("report.timeOut.heading"));
            assertThat(browser.findElement(By.id("time-out-left")).getText())
                    .as("how long is left")
                    .matches(".* in 1\\d seconds\\. .*");
            assertThat(browser.executeScript("return document.querySelector('main').matches(':modal, :modal *')"))
                    .as("the page behind is not part of the dialog")
                    .isEqualTo(false);
            assertAccessible("the time-out warning");

            browser.findElement(By.id("keep-going")).click();
            waitUntil(java.time.Duration.ofSeconds(5), () -> !warningOpen());
            form.choose("ageBand", MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
            form.next("what");
            browser.findElement(By.linkText(MESSAGES.getString("report.back"))).click();
            form.awaitStep("who");
            assertThat(form.radio("concernFor", MESSAGES.getString("report.concernFor.CHILD"))
                            .getAttribute("checked"))
                    .as("the answer given before the warning, kept by Keep going")
                    .isNotNull();

            // left alone again: the warning comes back, and when it runs out the answers are deleted
            waitUntil(java.time.Duration.ofSeconds(15), ReportJourneyBrowserTest::warningOpen);
            waitUntil(
                    java.time.Duration.ofSeconds(30),
                    () -> browser.getCurrentUrl().endsWith(ReportEndedView.TIMED_OUT_PATH));
            awaitHeading(MESSAGES.getString("report.ended.title"));
            assertThat(browser.findElement(By.id("why-deleted")).getText())
                    .isEqualTo(new MessageFormat(MESSAGES.getString("report.ended.timedOut"), Locale.UK)
                            .format(new Object[] {"24 seconds"}));
            assertThat(browser.manage().getCookieNamed(DraftCookie.NAME))
                    .as("the draft kept outside the node is gone with its cookie")
                    .isNull();
            assertAccessible("the page after a time-out");

            browser.findElement(By.id("start-again")).click();
            form.awaitStep("danger");
            assertThat(browser.findElements(By.cssSelector("#dangerNow vaadin-radio-button[checked]")))
                    .as("a new, empty form")
                    .isEmpty();
        } finally {
            timeOut.setIdle(idle);
            timeOut.setWarning(warning);
            browser.manage().window().setSize(before);
            browser.manage().deleteAllCookies();
        }
    }

    private static boolean warningOpen() {
        return Boolean.TRUE.equals(browser.executeScript(
                "const d = document.getElementById(arguments[0]); return !!d && d.open && d.matches(':modal');",
                TimeOutWarning.DIALOG_ID));
    }

    /** A phone loses its signal in the middle of the form: it is told so, and nothing it answered is lost. */
    @Test
    void when_the_connection_drops_the_reporter_reads_that_the_answers_are_kept_and_they_are_when_it_returns() {
        browser.manage().deleteAllCookies();
        open("/report/danger");
        form.choose("dangerNow", MESSAGES.getString("report.answer.NO"));
        form.next("who");
        browser.executeCdpCommand("Network.enable", java.util.Map.of());
        try {
            offline(true);
            // answered while offline: Vaadin holds the change and sends it when it can
            form.radio("concernFor", MESSAGES.getString("report.concernFor.CHILD"))
                    .findElement(By.tagName("label"))
                    .click();
            waitUntil(
                    java.time.Duration.ofSeconds(20),
                    () -> MESSAGES.getString("report.connection.reconnecting")
                            .equals(browser.findElement(By.id("connection-status"))
                                    .getAttribute("textContent")));
            WebElement shown = browser.findElement(By.cssSelector("vaadin-connection-indicator .v-status-message"));
            waitUntil(java.time.Duration.ofSeconds(5), () -> shown.getText()
                    .contains(MESSAGES.getString("report.connection.reconnecting")));
            // a message that can be read, not a thin stripe (it opens with a short transition)
            waitUntil(java.time.Duration.ofSeconds(5), () -> shown.getSize().getHeight() >= 40);
            assertThat(shown.getCssValue("bottom")).as("at the foot of the screen").isEqualTo("0px");
        } finally {
            offline(false);
        }
        // A phone's browser says when it is online again, and Vaadin then tries at once. Chromium's
        // emulation goes back online without saying so, so the test says it, as the browser would,
        // until Vaadin is through (the first may come before requests pass again).
        waitUntil(java.time.Duration.ofSeconds(30), () -> {
            if (MESSAGES.getString("report.connection.back")
                    .equals(browser.findElement(By.id("connection-status")).getAttribute("textContent"))) {
                return true;
            }
            browser.executeScript("window.dispatchEvent(new Event('online'));");
            return false;
        });
        awaitPage();
        form.choose("ageBand", MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
        form.next("what");
        browser.findElement(By.linkText(MESSAGES.getString("report.back"))).click();
        form.awaitStep("who");
        assertThat(form.radio("concernFor", MESSAGES.getString("report.concernFor.CHILD"))
                        .getAttribute("checked"))
                .as("the answer given while offline")
                .isNotNull();
        browser.manage().deleteAllCookies();
    }

    private static void offline(boolean offline) {
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                java.util.Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
