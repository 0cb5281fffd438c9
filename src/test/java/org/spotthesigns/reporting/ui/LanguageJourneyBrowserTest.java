package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report form at a language's addresses: a Polish reader from a Polish sign page to a sent
 * report, changing language on the way without losing an answer, and an Urdu reader on a phone,
 * right to left.
 */
class LanguageJourneyBrowserTest extends BrowserTest {

    private static final Locale POLISH = Locale.of("pl");
    private static final Locale URDU = Locale.of("ur");

    @Autowired
    GuidanceService guidance;

    @Autowired
    ReportService reports;

    private Dimension window;

    @BeforeEach
    void forgetTheVisitor() {
        window = browser.manage().window().getSize();
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void putTheWindowBack() {
        browser.manage().window().setSize(window);
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_polish_reader_reports_in_polish_and_changing_language_keeps_every_answer() {
        ResourceBundle polish = words(POLISH);
        ReportForm form = new ReportForm(browser, polish, this::awaitPage, "/pl/");
        open("/pl/signs/two-phones");
        browser.findElements(By.linkText(polish.getString("sign.report")))
                .get(0)
                .click();
        awaitHeading(guidance.generalPage("report", POLISH).title());
        assertThat(browser.getCurrentUrl()).contains("/pl/report?sign=two-phones");
        assertThat(script("return document.documentElement.lang")).isEqualTo("pl");
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText())
                .contains(guidance.page(Section.SIGNS, "two-phones", POLISH)
                        .orElseThrow()
                        .title());
        browser.findElement(By.id("start-report")).click();

        form.awaitStep("danger");
        form.choose("dangerNow", polish.getString("report.answer.NO"));
        form.next("who");
        form.choose("concernFor", polish.getString("report.concernFor.CHILD"));
        form.choose("ageBand", polish.getString("report.ageBand.AGE_13_TO_17"));
        form.next("what");
        String noticed = "Dwóch chłopców z dwoma telefonami przy dworcu";
        form.type(By.cssSelector("#noticed textarea"), noticed);

        // to English and back, before Continue: the page loads afresh in the other language, with the answers
        switchTo("en");
        new ReportForm(browser, MESSAGES, this::awaitPage).awaitStep("what");
        assertThat(browser.getCurrentUrl()).doesNotContain("/pl/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getDomProperty("value"))
                .isEqualTo(noticed);
        switchTo("pl");
        form.awaitStep("what");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getDomProperty("value"))
                .isEqualTo(noticed);
        assertThat(browser.findElement(By.id("signs")).getText())
                .contains(guidance.page(Section.SIGNS, "two-phones", POLISH)
                        .orElseThrow()
                        .title());

        form.next("where");
        form.choose("placeKind", guidance.placeKinds(POLISH).get(0).label());
        form.chooseTown("town", "Loughborough");
        form.next("when");
        form.quickDate("yesterday");
        form.choose("stillHappening", polish.getString("report.answer.NOT_SURE"));
        form.choose("happenedBefore", polish.getString("report.answer.YES"));
        form.next("details");
        form.next("about-you");
        form.next("check");
        assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                .contains(noticed, "Loughborough", polish.getString("report.concernFor.CHILD"));
        browser.findElement(By.id("send-report")).click();

        awaitHeading(polish.getString("report.received.title"));
        assertThat(browser.getCurrentUrl()).endsWith("/pl/report/received");
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("/pl/follow-up");
        // moderators see it was written in Polish
        assertThat(reports.forModeration(reference).orElseThrow().answers().language())
                .isEqualTo("pl");
    }

    @Test
    void an_urdu_reader_on_a_phone_gets_the_form_right_to_left_with_the_exit_in_reach() throws Exception {
        ResourceBundle urdu = words(URDU);
        ReportForm form = new ReportForm(browser, urdu, this::awaitPage, "/ur/");
        browser.manage().window().setSize(new Dimension(375, 812));
        open("/ur/report/danger");
        form.awaitStep("danger");
        assertThat(script("return document.documentElement.lang + ' ' + document.documentElement.dir"))
                .isEqualTo("ur rtl");

        // Continue with nothing chosen: the error summary, in Urdu
        browser.findElement(By.id("continue")).click();
        awaitPage();
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(urdu.getString("report.errors.title"));
        assertAccessible("an Urdu step with an error");
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "urdu-step-375.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // nothing wider than the phone, and the exit control whole, in the first quarter of the screen,
        // mirrored: at the end of the line, the left in right-to-left text (the right in English)
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo("true");
        @SuppressWarnings("unchecked")
        Map<String, Object> exit = (Map<String, Object>)
                browser.executeScript("const r = document.querySelector('.exit-this-page').getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};");
        assertThat(((Number) exit.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) exit.get("right")).doubleValue()).isLessThanOrEqualTo(375);
        assertThat(((Number) exit.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) exit.get("bottom")).doubleValue()).isLessThan(812 / 4.0);
        assertThat(((Number) exit.get("left")).doubleValue())
                .isLessThan(375 - ((Number) exit.get("right")).doubleValue());

        form.answerFromDangerToWhere("دو فون اور بہت سی نقدی", false);
        form.choose("placeKind", guidance.placeKinds(URDU).get(0).label());
        form.chooseTown("town", "Leicester");
        form.next("when");
        form.quickDate("today");
        form.choose("stillHappening", urdu.getString("report.answer.YES"));
        form.choose("happenedBefore", urdu.getString("report.answer.NO"));
        form.next("details");
        form.next("about-you");
        form.next("check");
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo("true");
        browser.findElement(By.id("send-report")).click();

        awaitHeading(urdu.getString("report.received.title"));
        assertThat(browser.findElement(By.id("reference")).getDomAttribute("dir"))
                .isEqualTo("ltr");
        assertAccessible("the Urdu confirmation");
    }

    /** The reader scrolls back up to the switcher, at the top of the page, and taps a language. */
    private void switchTo(String language) {
        var link = browser.findElement(By.cssSelector(".language-switcher a[hreflang=" + language + "]"));
        browser.executeScript("window.scrollTo(0, 0);");
        link.click();
    }

    private static ResourceBundle words(Locale language) {
        ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n.translations", language);
        assertThat(words.getLocale().getLanguage()).isEqualTo(language.getLanguage());
        return words;
    }
}
