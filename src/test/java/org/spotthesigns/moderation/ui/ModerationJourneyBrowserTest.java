package org.spotthesigns.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportExpired;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.security.ModeratorAccounts;
import org.spotthesigns.security.Role;
import org.spotthesigns.security.internal.OneTimeCodes;
import org.spotthesigns.shared.PlainText;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A moderator's day, in real browsers: signing in with a second factor, a new report at the top
 * of the queue with its reasons, claiming it, a note, a message the reporter answers on the
 * follow-up page, a referral, and a second moderator warned that the report changed under them.
 */
class ModerationJourneyBrowserTest extends BrowserTest {

    /** One word as long as a reporter may type in the location: it must wrap, not widen the page. */
    private static final String LONG_WORD = "W".repeat(450);

    /** The portal's own holder: each test context has its own, and the static one may belong to another. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    ModeratorAccounts accounts;

    private static boolean secondStepChecked;

    @Autowired
    ReportService reports;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Retention's own event, published as its job does: every feature deletes its rows of the report. */
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        for (String path : List.of("/moderation", "/" + ReportView.path("ABC-DEF-GHJ"))) {
            open(path);
            assertThat(heading().getText()).as(path).isEqualTo("Sign in to moderate reports");
            assertThat(browser.findElements(By.id("queue"))).isEmpty();
        }
        assertAccessible("the sign-in page");
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_message() {
        String name = newModerator("right password " + UUID.randomUUID());
        open("/moderation/sign-in");
        submitPassword(name, "wrong password 123");
        String wrongPassword = loginError();
        submitPassword("nobody-" + UUID.randomUUID(), "wrong password 123");
        assertThat(loginError()).isEqualTo(wrongPassword).contains("Those details did not work");
    }

    @Test
    void a_moderator_signs_in_and_works_a_new_report_through_to_a_referral() {
        String words = "Seen near the canal " + UUID.randomUUID();
        String temporary = "temporary password " + UUID.randomUUID();
        String name = newModerator(temporary);
        signIn(name, temporary);
        assertAccessible("the queue");

        open("/moderation?q=" + words.replace(" ", "+"));
        assertThat(browser.findElement(By.id("queue-count")).getText()).isEqualTo("0 reports");

        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setAgeBand(AgeBand.UNDER_13);
        draft.setDangerNow(org.spotthesigns.reporting.ReportDraft.Answer.YES);
        // markup is kept as typed, and entities too: all of it must be shown as the words typed, never run
        draft.setNoticed("=HYPERLINK(\"http://x\") " + words + " <img src=x onerror=window.xssRan=1> &#60;b&#62;");
        draft.setLocation("<svg onload=window.xssRan=1> by the bank " + LONG_WORD);
        draft.setDetails(
                List.of(new ReportDraft.Detail(ReportDraft.DetailKind.NICKNAME, "<script>window.xssRan=1</script>")));
        draft.setContactName("@SUM(1+1) <b>Sam</b>");
        SubmittedReport submitted = reports.submit(draft, UUID.randomUUID().toString());
        String reference = submitted.reference().value();

        // no reload: the queue hears of the new report over push
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElements(By.linkText(reference)).size() == 1
                        && browser.findElement(By.id("queue")).getText().contains("P1 urgent"));
        waitUntil(
                Duration.ofSeconds(5),
                () -> String.valueOf(
                                browser.executeScript(
                                        "return Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' ')"))
                        .contains("New P1 report: " + reference));
        assertThat(browser.findElement(By.id("queue-count")).getText()).isEqualTo("1 report");
        String csv = fetch(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv)
                .contains(
                        reference,
                        "'=HYPERLINK(",
                        "<img src=x onerror=window.xssRan=1> &#60;b&#62;",
                        "&lt;img src=x onerror=window.xssRan=1&gt; &amp;#60;b&amp;#62;")
                .startsWith("Reference,Received,Status,Priority");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("Danger now; Under 13", ",New,", ",Under 13,");
        assertThat(browser.findElement(By.id("queue")).getText())
                .contains("P1 urgent", "<img src=x onerror=window.xssRan=1>", "=HYPERLINK(");
        theQueueReadsAt1280(words);
        theQueueIsCardsAt375(reference);

        // a filter chosen on the page goes into the address, so the view can be bookmarked or shared
        browser.findElement(By.xpath("//*[@id='filter-priority']//vaadin-checkbox[normalize-space()='P2']//input"))
                .click();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().contains("priority=2"));
        waitUntil(
                Duration.ofSeconds(5),
                () -> "0 reports"
                        .equals(browser.findElement(By.id("queue-count")).getText()));
        browser.findElement(By.xpath("//*[@id='filter-priority']//vaadin-checkbox[normalize-space()='P1']//input"))
                .click();
        waitUntil(Duration.ofSeconds(5), () -> browser.getCurrentUrl().contains("priority=1&priority=2"));
        String shared = browser.getCurrentUrl();
        browser.get(shared);
        awaitPage();
        assertThat(browser.findElement(By.id("queue-count")).getText()).isEqualTo("1 report");
        assertThat(browser.findElements(By.linkText(reference))).hasSize(1);

        browser.findElement(By.linkText(reference)).click();
        awaitHeading("Report " + reference);
        assertThat(browser.findElement(By.id("triage-reasons")).getText())
                .contains("Under 13: +30", "Has happened before: +5");
        assertThat(browser.findElement(By.id("answers")).getText())
                .contains(
                        words,
                        "<img src=x onerror=window.xssRan=1> &#60;b&#62;",
                        "<svg onload=window.xssRan=1> by the bank",
                        "<script>window.xssRan=1</script>",
                        "@SUM(1+1) <b>Sam</b>");
        // a word longer than the window wraps instead of widening the page
        assertThat(script(
                        "return String(document.documentElement.scrollWidth <= document.documentElement.clientWidth);"))
                .isEqualTo("true");
        assertAccessible("a report");
        assertCaseAtAGlance();

        // claiming is the one primary action; the closing ones are not, and spam wears the error theme
        assertThat(browser.findElement(By.id("claim")).getAttribute("theme")).contains("primary");
        assertThat(String.valueOf(browser.findElement(By.id("nfa")).getAttribute("theme")))
                .doesNotContain("primary");
        assertThat(browser.findElement(By.id("spam")).getAttribute("theme"))
                .contains("error")
                .doesNotContain("primary");
        assertThat(browser.findElement(By.id("referral-link")).getAttribute("href"))
                .endsWith(ReferralView.path(reference));
        click("claim");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("report-summary")).getText().contains("claimed by " + name));
        assertThat(browser.findElement(By.id("report-summary")).getText()).contains("In review");

        // the browser counts UTF-16 units, up to the UTF-8 bytes of a text: no text the workflow accepts may be cut
        Map.of(
                        "note",
                        ReportWorkflow.NOTE_LIMIT,
                        "message",
                        ReportService.MESSAGE_LIMIT,
                        "override-reason",
                        ReportWorkflow.REASON_LIMIT,
                        "nfa-reason",
                        ReportWorkflow.REASON_LIMIT)
                .forEach((field, limit) -> assertThat(Long.parseLong(
                                script("return String(document.getElementById(arguments[0]).maxlength)", field)))
                        .as(field)
                        .isGreaterThanOrEqualTo(PlainText.byteCeiling(limit)));
        type(By.cssSelector("#note textarea"), "Called the school <b>bold</b> &lt;i&gt;");
        click("add-note");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("notes"))
                        .getText()
                        .contains("Called the school <b>bold</b> &lt;i&gt;"));

        type(By.cssSelector("#message textarea"), "Thank you. Can you tell us what time you saw him?");
        click("send-message");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("thread")).getText().contains("what time you saw him"));

        open("/moderation?q=" + words.replace(" ", "+"));
        replyAsReporter(reference, submitted.key().value(), "It was about half past three.");
        // no reload: the reply reaches the open queue over push
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("queue")).getText().contains("Reporter replied"));
        // the whole name under "Claimed by", wrapped if need be, never clipped
        assertThat(script("""
                const cell = Array.from(document.querySelectorAll('#queue vaadin-grid-cell-content'))
                    .find(c => c.textContent === arguments[0]);
                return String(!!cell && cell.scrollWidth <= cell.clientWidth);""", name)).isEqualTo("true");
        open("/" + ReportView.path(reference));
        assertThat(browser.findElement(By.id("thread")).getText())
                .contains("Reporter", "It was about half past three.");

        // no reload: a reply sent while the case is open appears there over push, and what was typed stays
        type(By.cssSelector("#note textarea"), "Half typed, not yet added");
        browser.executeScript("window.stillThisPage = true;");
        assertThat(reports.reply(
                        reference,
                        submitted.key().value(),
                        "He had a blue bike.",
                        UUID.randomUUID().toString()))
                .isPresent();
        // read in one step: the page may be drawn again between finding the thread and reading it
        waitUntil(
                Duration.ofSeconds(10),
                () -> String.valueOf(script("return document.getElementById('thread').textContent"))
                        .contains("He had a blue bike."));
        assertThat(browser.executeScript("return window.stillThisPage === true"))
                .isEqualTo(true);
        assertThat(script("return document.getElementById('report-updated').textContent"))
                .contains("changed while you had it open");
        assertThat(script("return document.querySelector('#note textarea').value"))
                .isEqualTo("Half typed, not yet added");

        // closing with no further action asks first; going back changes nothing and keeps the reason typed
        type(By.cssSelector("#nfa-reason textarea"), "Known to the school");
        click("nfa");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("nfa-confirm")).isDisplayed());
        assertThat(script("return document.getElementById('nfa-dialog').header"))
                .contains("no further action");
        click("nfa-cancel");
        assertThat(browser.findElement(By.id("report-summary")).getText()).contains("In review");
        assertThat(script("return document.querySelector('#nfa-reason textarea').value"))
                .isEqualTo("Known to the school");

        // a referral is prepared on its own page, with the reporter's own words left out until ticked
        click("referral-link");
        awaitHeading("Refer report " + reference);
        chooseInSelect("referral-agency", "Leicestershire Police");
        type(By.cssSelector("#referral-agency-reference input"), "LP-2026-4411");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("referral-preview")).getText().contains("LP-2026-4411"));
        assertThat(browser.findElement(By.id("referral-preview")).getText())
                .contains(reference, "Leicestershire Police", "<script>window.xssRan=1</script>")
                .doesNotContain(words, "by the bank", "Sam", "half past three");
        click("referral-share-NOTICED");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("referral-preview")).getText().contains(words));
        click("referral-prepare");
        waitUntil(
                Duration.ofSeconds(5),
                () -> !browser.findElements(By.id("referral-awaiting")).isEmpty());
        assertThat(browser.findElements(By.id("referral-approve")))
                .as("nobody approves their own referral")
                .isEmpty();
        String letter = browser.findElement(By.id("referral-awaiting-letter")).getText();
        assertThat(letter)
                .contains(words, "<img src=x onerror=window.xssRan=1>")
                .doesNotContain("by the bank");
        assertThat(fetch(browser.findElement(By.cssSelector("#referral-awaiting [id^='referral-text-']"))
                        .getAttribute("href")))
                .contains(words, "LP-2026-4411", "<script>window.xssRan=1</script>");
        assertThat(fetch(browser.findElement(By.cssSelector("#referral-awaiting [id^='referral-pdf-']"))
                        .getAttribute("href")))
                .startsWith("%PDF-");
        assertAccessible("the referral page");
        open("/" + ReportView.path(reference));
        assertThat(browser.findElement(By.id("referral-link")).getText()).isEqualTo("Referral awaiting approval");
        assertThat(browser.findElement(By.id("status-history")).getText()).doesNotContain("Referred");

        // a second moderator checks and approves it: only then is the report referred
        String secondPassword = "second password " + UUID.randomUUID();
        String second = newModerator(secondPassword);
        ChromeDriver firstBrowser = browser;
        ChromeDriver secondBrowser = Chromium.start();
        try {
            browser = secondBrowser;
            signIn(second, secondPassword);
            open("/" + ReportView.path(reference) + "/referral");
            assertThat(browser.findElement(By.id("referral-awaiting-letter")).getText())
                    .isEqualTo(letter);
            click("referral-approve");
            waitUntil(
                    Duration.ofSeconds(5),
                    () -> browser.findElement(By.id("referrals-sent-section"))
                            .getText()
                            .contains("approved by " + second));
        } finally {
            browser = firstBrowser;
            secondBrowser.quit();
        }
        open("/" + ReportView.path(reference));
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("status-history")).getText().contains("Referred"));
        assertThat(browser.findElement(By.id("status-history")).getText())
                .contains("Leicestershire Police", "LP-2026-4411")
                .doesNotContain("leicestershire-police");
        assertThat(browser.findElement(By.id("audit")).getText())
                .contains(
                        name + " claimed",
                        name + " note-added",
                        name + " message-sent",
                        name + " referral-prepared",
                        second + " referred",
                        name + " report-viewed");
        assertThat(browser.executeScript("return window.xssRan === undefined")).isEqualTo(true);

        open("/moderation/dashboard");
        assertThat(browser.findElement(By.id("open-by-priority")).getText()).contains("P1");
        assertThat(browser.findElement(By.cssSelector("#per-day-chart svg[role='img'] title"))
                        .getAttribute("textContent"))
                .isEqualTo("Reports received per day");
        assertThat(browser.findElements(By.cssSelector("#per-day-chart rect"))).hasSize(28);
        // the days are named under the bars: the first, and each week back to today
        assertThat(browser.findElements(By.cssSelector("#per-day .chart-days .chart-day")))
                .extracting(WebElement::getText)
                .hasSize(5)
                .last()
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK)
                        .format(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        assertAccessible("the dashboard");
        assertThat(browser.executeScript("return window.xssRan === undefined")).isEqualTo(true);
    }

    /**
     * At 1280 px: what was noticed in full up to two lines, the flags in words, the time left with
     * the exact time beside it, and a labelled menu whose links stand apart.
     */
    private void theQueueReadsAt1280(String words) {
        assertThat(script("""
                const noticed = document.querySelector('#queue .noticed');
                const lines = noticed.getBoundingClientRect().height / parseFloat(getComputedStyle(noticed).lineHeight);
                return [noticed.textContent.includes(arguments[0]) && !noticed.textContent.endsWith('\u2026'),
                    lines <= 2.05, noticed.getBoundingClientRect().width >= 400,
                    document.querySelector('#queue').shadowRoot.querySelector('#table').scrollWidth
                        <= document.querySelector('#queue').shadowRoot.querySelector('#table').clientWidth].join();""", words))
                .as("the words in full, on two lines at most, in room for about 120 letters, and no sideways scroll")
                .isEqualTo("true,true,true,true");
        assertThat(browser.findElements(By.cssSelector("#queue .flag")))
                .extracting(WebElement::getText)
                .startsWith("Danger now", "Under 13");
        WebElement timeLeft = browser.findElement(By.cssSelector("#queue .time-left"));
        assertThat(timeLeft.findElement(By.className("time-left-words")).getText())
                .matches("due in \\d+ (min|h|days?)");
        assertThat(timeLeft.getAttribute("title")).startsWith("Due ");
        assertThat(timeLeft.getAttribute("textContent")).contains(timeLeft.getAttribute("title"));
        WebElement menu = browser.findElement(By.id("moderation-menu"));
        assertThat(menu.getAttribute("aria-label")).isEqualTo("Moderation");
        assertThat(menu.getText()).isEqualTo("Queue\nDashboard");
        assertThat(Double.parseDouble(script("""
                const links = document.querySelectorAll('#moderation-menu a');
                return String(links[1].getBoundingClientRect().left - links[0].getBoundingClientRect().right);"""))).isGreaterThanOrEqualTo(16);
        assertAccessible("the queue with a report in it");
    }

    /** At 375 px each report is a card: nothing scrolls sideways, and every fact is still there. */
    private void theQueueIsCardsAt375(String reference) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        try {
            waitUntil(
                    Duration.ofSeconds(5),
                    () -> !browser.findElements(By.cssSelector("#queue .queue-card"))
                            .isEmpty());
            WebElement card = browser.findElement(By.cssSelector("#queue .queue-card"));
            assertThat(card.getText())
                    .contains(
                            reference,
                            "P1 urgent",
                            "Danger now",
                            "Under 13",
                            "due in",
                            "New",
                            "Not claimed",
                            "=HYPERLINK(");
            assertThat(script("""
                    const table = document.querySelector('#queue').shadowRoot.querySelector('#table');
                    const page = document.documentElement;
                    return [page.scrollWidth <= page.clientWidth, table.scrollWidth <= table.clientWidth,
                        document.querySelector('#queue .queue-card').getBoundingClientRect().right <= page.clientWidth].join();""")).isEqualTo("true,true,true");
            assertAccessible("the queue as cards");
        } finally {
            browser.manage().window().setSize(before);
        }
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElements(By.cssSelector("#queue .queue-card")).isEmpty());
    }

    @Test
    void an_administrator_adds_a_moderator_disables_them_and_rescores_open_reports() {
        String password = "admin password " + UUID.randomUUID();
        String admin = newAccount(Role.ADMIN, password);
        signIn(admin, password);
        browser.findElement(By.linkText("Accounts")).click();
        awaitHeading("Accounts");
        assertAccessible("the accounts page");

        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        type(By.cssSelector("#new-username input"), name);
        type(By.cssSelector("#new-temporary-password input"), "short");
        click("add-account");
        assertThat(browser.findElement(By.id("accounts-outcome")).getText())
                .startsWith("A password must be 12 to 64 characters");
        assertThat(browser.findElement(By.cssSelector("#new-username input")).getAttribute("value"))
                .isEqualTo(name);
        type(By.cssSelector("#new-temporary-password input"), "a temporary password");
        click("add-account");
        assertThat(browser.findElement(By.id("accounts-outcome")).getText()).startsWith("Added " + name);
        assertThat(browser.findElement(By.id("accounts")).getText()).contains(name);

        type(By.cssSelector("#selected-account input"), name);
        click("disable-account");
        assertThat(browser.findElement(By.id("accounts-outcome")).getText())
                .isEqualTo("Disabled " + name + " and signed them out everywhere.");
        click("rescore");
        waitUntil(
                Duration.ofSeconds(30),
                () -> browser.findElement(By.id("accounts-outcome")).getText().startsWith("Re-scored "));
    }

    @Test
    void a_moderator_is_not_shown_the_accounts_page_and_signing_out_is_audited() {
        String password = "moderator password " + UUID.randomUUID();
        String name = newModerator(password);
        signIn(name, password);
        assertThat(browser.findElements(By.linkText("Accounts"))).isEmpty();
        open("/moderation/accounts");
        assertThat(browser.findElements(By.id("accounts"))).isEmpty();

        open("/moderation");
        click("sign-out");
        waitUntil(
                Duration.ofSeconds(10),
                () -> browser.getCurrentUrl().contains("/moderation/sign-in")
                        || browser.findElements(By.id("queue")).isEmpty());
        assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class, name))
                .containsSubsequence("signed-in", "signed-out");
    }

    @Test
    void a_duplicate_links_to_its_original_and_a_second_moderator_is_told_who_changed_the_report() {
        String firstPassword = "first password " + UUID.randomUUID();
        String first = newModerator(firstPassword);
        String secondPassword = "second password " + UUID.randomUUID();
        String second = newModerator(secondPassword);
        String reference = reports.submit(
                        ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString())
                .reference()
                .value();
        String original = reports.submit(
                        ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString())
                .reference()
                .value();

        signIn(first, firstPassword);
        open("/" + ReportView.path(reference));
        ChromeDriver firstBrowser = browser;
        ChromeDriver secondBrowser = Chromium.start();
        try {
            browser = secondBrowser;
            signIn(second, secondPassword);
            open("/" + ReportView.path(reference));
            type(By.cssSelector("#duplicate-of input"), original.toLowerCase());
            click("duplicate");
            waitUntil(
                    Duration.ofSeconds(5),
                    () -> browser.findElement(By.id("status-history")).getText().contains("Duplicate"));
            browser.findElement(By.cssSelector("#status-history a")).click();
            awaitHeading("Report " + original);
        } finally {
            browser = firstBrowser;
            secondBrowser.quit();
        }

        click("spam");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("spam-cancel")).isDisplayed());
        assertThat(script("return document.getElementById('spam-dialog').header"))
                .contains("spam");
        click("spam-cancel");
        assertThat(browser.findElement(By.id("report-problem")).getText()).isEmpty();
        click("spam");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("spam-confirm")).isDisplayed());
        click("spam-confirm");
        waitUntil(
                Duration.ofSeconds(5),
                () -> !browser.findElement(By.id("report-problem")).getText().isEmpty());
        assertThat(browser.findElement(By.id("report-problem")).getText())
                .contains(second + " set the status to Duplicate", "Nothing of yours was saved");
        assertThat(browser.findElement(By.id("status-history")).getText())
                .contains("Duplicate by " + second, original)
                .doesNotContain("Spam");

        // retention deletes the closed case while it is open: deciding on it says so, and the note typed stays
        type(By.cssSelector("#note textarea"), "Typed before it went <b>away</b>");
        transactions.executeWithoutResult(status -> events.publishEvent(new ReportExpired(reference)));
        click("add-note");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("report-problem")).getText().contains("no longer here"));
        assertThat(script("return document.querySelector('#note textarea').value"))
                .isEqualTo("Typed before it went <b>away</b>");
    }

    /**
     * At 1280 by 800 the case is read at a glance: its priority and reasons, every answer and the
     * linked reports end within the first 800 pixels, with the actions beside them on the right.
     * At 375 the columns stack, the case first, and nothing scrolls sideways.
     */
    private void assertCaseAtAGlance() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            browser.executeScript("window.scrollTo(0, 0);");
            String bottoms = script("return ['report-summary', 'triage-reasons', 'answers', 'links', 'actions']"
                    + ".map(id => id + '=' + Math.round(document.getElementById(id).getBoundingClientRect().bottom + scrollY))"
                    + ".join(' ') + ' viewport=' + innerWidth + 'x' + innerHeight;");
            System.out.println("Case page at 1280x800: " + bottoms);
            for (String id : List.of("report-summary", "triage-reasons", "answers", "links")) {
                assertThat(Double.parseDouble(script(
                                "return String(document.getElementById(arguments[0])"
                                        + ".getBoundingClientRect().bottom + scrollY)",
                                id)))
                        .as("%s ends within 800 px (%s)", id, bottoms)
                        .isLessThanOrEqualTo(800);
            }
            assertThat(Double.parseDouble(
                            script("return String(document.getElementById('actions').getBoundingClientRect().left"
                                    + " - document.getElementById('answers').getBoundingClientRect().right)")))
                    .as("the actions sit to the right of the case")
                    .isGreaterThanOrEqualTo(0);
            assertThat(Double.parseDouble(
                            script("return String(document.getElementById('actions').getBoundingClientRect().top"
                                    + " - document.getElementById('triage').getBoundingClientRect().top)")))
                    .as("the actions start beside the case, not below it")
                    .isLessThan(100);

            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            waitUntil(Duration.ofSeconds(5), () -> "375".equals(script("return String(innerWidth)")));
            assertThat(
                            script(
                                    "return String(document.documentElement.scrollWidth <= document.documentElement.clientWidth);"))
                    .as("nothing scrolls sideways at 375 px")
                    .isEqualTo("true");
            assertThat(Double.parseDouble(
                            script("return String(document.getElementById('actions').getBoundingClientRect().top"
                                    + " - document.getElementById('links').getBoundingClientRect().bottom)")))
                    .as("the case first, then the actions")
                    .isGreaterThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** The whole sign-in: password, setting up the authenticator app, choosing a new password. */
    private void signIn(String name, String temporary) {
        open("/moderation/sign-in");
        submitPassword(name, temporary);
        awaitHeading("Set up your second step");
        if (!secondStepChecked) {
            // the same page for everyone: axe looks at it once
            assertAccessible("setting up the second step");
            secondStepChecked = true;
        }
        String secret = browser.findElement(By.id("enrolment-secret")).getText().replace(" ", "");
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        type(
                By.cssSelector("#one-time-code input"),
                "000000".equals(OneTimeCodes.codeAt(secret, Instant.now())) ? "111111" : "000000");
        click("sign-in-continue");
        waitUntil(
                Duration.ofSeconds(5),
                () -> browser.findElement(By.id("sign-in-problem")).getText().contains("did not work"));
        type(By.cssSelector("#one-time-code input"), OneTimeCodes.codeAt(secret, Instant.now()));
        click("sign-in-continue");
        awaitHeading("Choose your own password");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id after the second step")
                .isNotEqualTo(sessionBefore);
        type(By.cssSelector("#new-password input"), "a new password of my own");
        type(By.cssSelector("#new-password-again input"), "a new password of my own");
        click("sign-in-continue");
        awaitHeading("Queue");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as " + name);
    }

    private void submitPassword(String name, String password) {
        WebElement username = browser.findElement(By.cssSelector("input[name='username']"));
        username.clear();
        username.sendKeys(name);
        WebElement passwordField = browser.findElement(By.cssSelector("input[name='password']"));
        passwordField.clear();
        passwordField.sendKeys(password, Keys.ENTER);
        awaitPage();
    }

    private String loginError() {
        waitUntil(Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains("error"));
        awaitPage();
        return String.valueOf(
                browser.executeScript(
                        "const form = document.querySelector('vaadin-login-form'); return form.i18n.errorMessage.title + ' ' + form.error;"));
    }

    /** A download as the signed-in browser gets it. */
    private String fetch(String href) {
        return String.valueOf(browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                href));
    }

    private void replyAsReporter(String reference, String key, String reply) {
        ChromeDriver moderatorBrowser = browser;
        ChromeDriver reporterBrowser = Chromium.start();
        try {
            browser = reporterBrowser;
            open("/follow-up");
            type(By.cssSelector("#reference input"), reference);
            type(By.cssSelector("#key input"), key);
            click("open-report");
            waitUntil(
                    Duration.ofSeconds(10),
                    () -> browser.findElement(By.id("thread")).getText().contains("what time you saw him"));
            type(By.cssSelector("#message textarea"), reply);
            click("send-message");
            waitUntil(
                    Duration.ofSeconds(10),
                    () -> browser.findElement(By.id("thread")).getText().contains(reply));
        } finally {
            browser = moderatorBrowser;
            reporterBrowser.quit();
        }
    }

    private String newModerator(String password) {
        return newAccount(Role.MODERATOR, password);
    }

    private String newAccount(Role role, String password) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        securityContexts
                .getContext()
                .setAuthentication(new TestingAuthenticationToken("test-admin", null, "ROLE_ADMIN"));
        try {
            accounts.create(name, role, password);
        } finally {
            securityContexts.clearContext();
        }
        return name;
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
        awaitPage();
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private void chooseInSelect(String id, String label) {
        browser.findElement(By.cssSelector("#" + id + " vaadin-select-value-button"))
                .click();
        waitUntil(
                Duration.ofSeconds(5),
                () -> !browser.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + label + "']"))
                        .isEmpty());
        List<WebElement> items =
                browser.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + label + "']"));
        items.getFirst().click();
        awaitPage();
    }
}
