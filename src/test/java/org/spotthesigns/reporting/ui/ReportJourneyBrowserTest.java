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
import org.spotthesigns.reporting.SavedDrafts;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.testing.SwitchableDataSource;
import org.springframework.beans.factory.annotation.Autowired;

/** From a sign page to a confirmed anonymous report, and back to it with the reference and key. */
class ReportJourneyBrowserTest extends ReportFormBrowserTest {

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

    @Autowired
    SavedDrafts drafts;

    private SwitchableDataSource database;

    @BeforeEach
    void prepare() {
        database = (SwitchableDataSource) dataSource;
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
        form.next("where");

        form.choose("placeKind", guidance.placeKinds(Locale.UK).get(0).label());
        form.chooseTown("town", "Leicester");
        form.type(By.cssSelector("#location textarea"), MARKUP_PAYLOAD);
        form.next("when");

        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        form.typeDate(yesterday);
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
        String word = "W".repeat(ReportRules.NOTICED_LIMIT);
        open("/");
        // looked at on a wide window, then on a phone
        form.openCheckWithKeptDraft(drafts, word, firstPlaceKind());
        assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                .contains(word);
        assertNoSidewaysScroll("check your answers, wide");
        onAPhone();
        assertNoSidewaysScroll("check your answers");

        // one letter too many, then away through the address bar
        open("/report/what");
        assertNoSidewaysScroll("the step with the long word");
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
        assertNoSidewaysScroll("check your answers again");

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
                () -> !browser.findElements(By.cssSelector(".messages .body")).isEmpty());
        assertNoSidewaysScroll("the follow-up page");
    }

    /**
     * On a phone: the key is kept by copying it, the page asks before leaving until then, prints
     * only what is needed, and saves a plainly named file holding the reference, key and address.
     */
    @Test
    void a_reporter_on_a_phone_is_asked_before_leaving_until_the_key_is_copied_then_saves_and_prints_it()
            throws java.io.IOException {
        browser.manage().deleteAllCookies();
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("saved-key");
        try {
            // sent and kept on a phone
            onAPhone();
            open("/");
            form.openCheckWithKeptDraft(
                    drafts, "Keeping the key: a girl handed a parcel to a man in a car", firstPlaceKind());
            browser.findElement(By.id("send-report")).click();
            awaitHeading(MESSAGES.getString("report.received.title"));
            String reference = browser.findElement(By.id("reference")).getText();
            String key = browser.findElement(By.id("follow-up-key")).getText();
            String address = browser.findElement(By.id("follow-up-address")).getText();
            assertThat(address).isEqualTo(url("/follow-up"));
            assertAccessible("the confirmation on a phone");
            assertNoSidewaysScroll("the confirmation");

            // not kept yet: a reload or a link away asks first, and staying keeps the key on screen
            assertThat(keyKept()).isEqualTo("false");
            assertThat(unloadIsHeldUp()).isTrue();
            browser.findElement(By.linkText(MESSAGES.getString("report.received.another")))
                    .click();
            org.openqa.selenium.Alert leave = new org.openqa.selenium.support.ui.WebDriverWait(
                            browser, java.time.Duration.ofSeconds(5))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
            assertThat(leave.getText()).isEqualTo(MESSAGES.getString("report.received.leave"));
            leave.dismiss();
            assertThat(browser.getCurrentUrl()).endsWith("/report/received");
            assertThat(browser.findElement(By.id("follow-up-key")).getText()).isEqualTo(key);

            // printed: the reference, the key and the follow-up address, and nothing else
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            try {
                String printed = script("return document.body.innerText;");
                assertThat(printed)
                        .contains(reference, key, address)
                        .doesNotContain(
                                MESSAGES.getString("site.exit"),
                                MESSAGES.getString("site.footer.followUp"),
                                MESSAGES.getString("report.received.next.title"),
                                MESSAGES.getString("report.received.copy.key"));
                assertThat(printed.lines().filter(line -> !line.isBlank())).hasSize(3);
            } finally {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
            }

            // where the browser refuses to copy, the words are picked out for the reporter to copy by hand
            browser.executeScript("""
                    Object.defineProperty(navigator.clipboard, 'writeText',
                        {value: () => Promise.reject(new Error('refused')), configurable: true});
                    document.execCommand = () => false;
                    """);
            try {
                browser.findElement(By.id("copy-reference")).click();
                form.waitUntil(() -> MESSAGES.getString("report.received.copy.refused")
                        .equals(browser.findElement(By.id("keep-status")).getText()));
                assertThat(script("return window.getSelection().toString();")).isEqualTo(reference);
            } finally {
                browser.executeScript("delete navigator.clipboard.writeText; delete document.execCommand;");
            }

            // copying the reference alone does not keep the key
            browser.findElement(By.id("copy-reference")).click();
            form.waitUntil(() -> MESSAGES.getString("report.received.copied.reference")
                    .equals(browser.findElement(By.id("keep-status")).getText()));
            assertThat(keyKept()).isEqualTo("false");
            assertThat(browser.findElement(By.id("keep-status")).getAttribute("role"))
                    .isEqualTo("status");

            browser.findElement(By.id("copy-key")).click();
            form.waitUntil(() -> MESSAGES.getString("report.received.copied.key")
                    .equals(browser.findElement(By.id("keep-status")).getText()));
            assertThat(keyKept()).isEqualTo("true");
            assertThat(unloadIsHeldUp()).isFalse();

            // saved as a small file whose name says nothing of what it holds
            browser.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.findElement(By.id("save-key")).click();
            java.nio.file.Path saved = downloads.resolve(MESSAGES.getString("report.received.file.name"));
            form.waitUntil(() -> java.nio.file.Files.exists(saved));
            form.waitUntil(() -> {
                try {
                    return java.nio.file.Files.readString(saved).contains(address);
                } catch (java.io.IOException stillBeingWritten) {
                    return false;
                }
            });
            assertThat(java.nio.file.Files.readString(saved).lines())
                    .containsExactly(
                            MESSAGES.getString("report.received.reference") + " " + reference,
                            MESSAGES.getString("report.received.key") + " " + key,
                            MESSAGES.getString("report.received.address") + " " + address);

            // kept: a reload asks nothing, and the key is not shown again
            browser.navigate().refresh();
            awaitHeading(MESSAGES.getString("report.received.title"));
            assertThat(browser.findElements(By.id("follow-up-key"))).isEmpty();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(downloads);
        }
    }

    /**
     * On a phone: an anonymous reporter whose answer holds a phone number is told so beside it,
     * can go back to change it, and can still send; the exit then leaves at once, unsaved key or not.
     */
    @Test
    void an_anonymous_reporter_is_warned_beside_an_answer_holding_a_phone_number_and_may_still_send_it() {
        browser.manage().deleteAllCookies();
        onAPhone();
        open("/");
        form.openCheckWithKeptDraft(drafts, "A man keeps texting my son. Call me on 07911 123456", firstPlaceKind());

        WebElement warning = browser.findElement(By.id("identifying-noticed"));
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getText())
                .contains(
                        MESSAGES.getString("report.check.identifying.lead"),
                        MESSAGES.getString("report.check.identifying.PHONE_NUMBER"),
                        MESSAGES.getString("report.check.identifying.why"));
        // beside that answer alone
        assertThat(browser.findElements(By.cssSelector(".identifying-warning"))).hasSize(1);
        assertThat(browser.findElement(By.xpath("//*[@id='identifying-noticed']/parent::dd/preceding-sibling::dt[1]"))
                        .getText())
                .isEqualTo(MESSAGES.getString("report.field.noticed"));
        assertAccessible("check your answers with the warning");
        assertNoSidewaysScroll("check your answers with the warning");

        WebElement change = warning.findElement(By.tagName("a"));
        assertThat(change.getAttribute("href")).endsWith("/report/what?return=check");
        change.click();
        form.awaitStep("what");
        assertThat(browser.getCurrentUrl()).endsWith("/report/what?return=check");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getAttribute("value"))
                .contains("07911 123456");
        form.next("check");

        // left as it is: the report is sent all the same
        assertThat(browser.findElement(By.id("identifying-noticed")).isDisplayed())
                .isTrue();
        browser.findElement(By.id("send-report")).click();
        awaitHeading(MESSAGES.getString("report.received.title"));
        assertThat(keyKept()).isEqualTo("false");

        // the way out is never held up by the warning about the unsaved key
        browser.findElement(By.id("exit-this-page")).click();
        form.waitUntil(() -> !browser.getCurrentUrl().contains(String.valueOf(port)));
        waitUntil(
                java.time.Duration.ofSeconds(10),
                () -> org.spotthesigns.testing.NeutralSite.HEADING.equals(browser.getTitle()));
    }

    @Test
    void on_a_phone_a_taxi_driver_adds_a_vehicle_and_a_booking_number_and_sees_them_before_sending() {
        onAPhone();
        open("/");
        form.openCheckWithKeptDraft(
                drafts,
                "Two lads with a holdall, picked up from the station " + ReportDrafts.digits(6),
                firstPlaceKind());
        browser.findElement(By.cssSelector("a[href='/report/details?return=check']"))
                .click();
        form.awaitStep("details");

        browser.findElement(By.id("add-vehicle")).click();
        form.waitUntil(() ->
                !browser.findElements(By.cssSelector("#detail-value-0 input")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("fieldset.detail-row legend"))
                        .getText())
                .isEqualTo(MessageFormat.format(MESSAGES.getString("report.details.vehicle"), 1));
        assertThat(browser.executeScript(
                        "return document.getElementById('detail-value-0').contains(document.activeElement)"))
                .as("the new vehicle's first field has focus")
                .isEqualTo(true);

        // a vehicle row left empty says so at its first field, and nowhere else
        browser.findElement(By.id("continue")).click();
        form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(MESSAGES.getString("report.error.vehicle.empty"));
        assertThat(browser.findElement(By.id("detail-value-0")).getAttribute("invalid"))
                .isNotNull();
        assertAccessible("the details step with an empty vehicle");

        form.type(By.cssSelector("#detail-value-0 input"), "ab12 cde");
        form.type(By.cssSelector("#detail-colour-0 input"), "Silver");
        form.type(By.cssSelector("#detail-make-0 input"), "Toyota <img src=x onerror=\"window.xssRan=1\">");
        browser.findElement(By.id("add-booking")).click();
        form.waitUntil(() ->
                !browser.findElements(By.cssSelector("#detail-value-1 input")).isEmpty());
        form.type(By.cssSelector("#detail-value-1 input"), "AB 123");
        form.type(By.cssSelector("#detail-firm-1 input"), "Fast Cars <b>Ltd</b>");
        assertNoSidewaysScroll("the details step");
        assertAccessible("the details step with a vehicle and a booking");
        form.next("check");

        String answers = browser.findElement(By.cssSelector(".check-answers")).getText();
        assertThat(answers)
                .contains(
                        MessageFormat.format(
                                MESSAGES.getString("report.check.detail"),
                                MESSAGES.getString("report.detailKind.VEHICLE_REGISTRATION"),
                                String.join(
                                        ", ",
                                        MessageFormat.format(
                                                MESSAGES.getString("report.check.vehicle.registration"), "ab12 cde"),
                                        MessageFormat.format(
                                                MESSAGES.getString("report.check.vehicle.colour"), "Silver"),
                                        MessageFormat.format(
                                                MESSAGES.getString("report.check.vehicle.make"),
                                                "Toyota <img src=x onerror=\"window.xssRan=1\">"))),
                        MessageFormat.format(
                                MESSAGES.getString("report.check.detail"),
                                MESSAGES.getString("report.detailKind.BOOKING_NUMBER"),
                                "AB 123, "
                                        + MessageFormat.format(
                                                MESSAGES.getString("report.check.booking.firm"),
                                                "Fast Cars <b>Ltd</b>")));
        assertThat(browser.executeScript("return document.querySelectorAll('.check-answers :is(img, b)').length"))
                .isEqualTo(0L);
        assertThat(browser.executeScript("return window.xssRan === undefined")).isEqualTo(true);
    }

    private String firstPlaceKind() {
        return guidance.placeKinds(Locale.UK).get(0).id();
    }

    /** Whether the confirmation's key has been copied, saved or printed, as the page's script records it. */
    private String keyKept() {
        return browser.findElement(By.id("key-sheet")).getAttribute("data-key-kept");
    }

    /** Whether leaving the page now would be held up with a question, as a reload or a closed tab would be. */
    private boolean unloadIsHeldUp() {
        return Boolean.TRUE.equals(browser.executeScript("""
                const leaving = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented;
                """));
    }

    @Test
    void a_send_that_fails_because_the_database_is_down_keeps_every_answer_and_succeeds_later() {
        open("/");
        form.openCheckWithKeptDraft(
                drafts,
                "Database down test: a man collecting cash from a teenager",
                guidance.placeKinds(Locale.UK).get(1).id());

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

        awaitPage();
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

        // the pages that say answers were deleted delete nothing when opened from a link
        browser.get(url(ReportEndedView.DELETED_PATH));
        awaitPage();
        open("/report/danger");
        assertThat(form.radio("dangerNow", MESSAGES.getString("report.answer.NOT_SURE"))
                        .getAttribute("checked"))
                .as("kept after /report/deleted was opened from a link")
                .isNotNull();

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
        onAPhone();
        // the first paint, as a phone shows it before Vaadin has started
        browser.get(url("/report"));
        waitUntil(
                java.time.Duration.ofSeconds(10),
                () -> !browser.findElements(By.id("start-report")).isEmpty());
        long viewport = ((Number) browser.executeScript("return window.innerHeight;")).longValue();
        long pageHeight = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        long bottom = ((Number) browser.executeScript(
                        "return Math.round(document.getElementById('start-report').getBoundingClientRect().bottom"
                                + " + window.scrollY);"))
                .longValue();
        assertThat(bottom)
                .as("the start button's bottom edge, on a %d px page", pageHeight)
                .isLessThanOrEqualTo(viewport);
    }

    /**
     * The GOV.UK timeout-warning pattern at 375 px, with times short enough for a test: the settings
     * are read by each page of the form as it opens, so they change here for this journey alone.
     */
    @Test
    void a_reporter_left_alone_is_warned_keeps_going_with_the_answers_and_when_the_time_runs_out_reads_why() {
        java.time.Duration idle = timeOut.getIdle();
        java.time.Duration warning = timeOut.getWarning();
        try {
            onAPhone();
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
            waitUntil(
                    java.time.Duration.ofSeconds(5),
                    () -> shown.getText().contains(MESSAGES.getString("report.connection.reconnecting")));
            // a message that can be read, not a thin stripe (it opens with a short transition)
            waitUntil(java.time.Duration.ofSeconds(5), () -> shown.getSize().getHeight() >= 40);
            assertThat(shown.getCssValue("bottom"))
                    .as("at the foot of the screen")
                    .isEqualTo("0px");
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
