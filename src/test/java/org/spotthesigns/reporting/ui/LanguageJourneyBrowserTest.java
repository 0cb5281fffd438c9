package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report form at a language's addresses: a Polish reader from a Polish sign page to a sent
 * report, changing language on the way without losing an answer, and an Urdu reader on a phone,
 * right to left.
 */
class LanguageJourneyBrowserTest extends ReportFormBrowserTest {

    private static final Locale POLISH = Locale.of("pl");
    private static final Locale URDU = Locale.of("ur");

    @Autowired
    GuidanceService guidance;

    @Autowired
    ReportService reports;

    @Test
    void a_polish_reader_reports_in_polish_and_changing_language_keeps_every_answer() {
        ResourceBundle polish = words(POLISH);
        ReportForm inPolish = new ReportForm(browser, polish, this::awaitPage, "/pl/");
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

        inPolish.awaitStep("danger");
        inPolish.choose("dangerNow", polish.getString("report.answer.NO"));
        inPolish.next("who");
        inPolish.choose("concernFor", polish.getString("report.concernFor.CHILD"));
        inPolish.choose("ageBand", polish.getString("report.ageBand.AGE_13_TO_17"));
        inPolish.next("what");
        String noticed = "Dwóch chłopców z dwoma telefonami przy dworcu";
        inPolish.type(By.cssSelector("#noticed textarea"), noticed);

        // to English and back, before Continue: the page loads afresh in the other language, with the answers
        switchTo("en");
        form.awaitStep("what");
        assertThat(browser.getCurrentUrl()).doesNotContain("/pl/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getDomProperty("value"))
                .isEqualTo(noticed);
        switchTo("pl");
        inPolish.awaitStep("what");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getDomProperty("value"))
                .isEqualTo(noticed);
        assertThat(browser.findElement(By.id("signs")).getText())
                .contains(guidance.page(Section.SIGNS, "two-phones", POLISH)
                        .orElseThrow()
                        .title());

        inPolish.next("where");
        inPolish.choose("placeKind", guidance.placeKinds(POLISH).get(0).label());
        inPolish.chooseTown("town", "Loughborough");
        inPolish.next("when");
        inPolish.quickDate("yesterday");
        inPolish.choose("stillHappening", polish.getString("report.answer.NOT_SURE"));
        inPolish.choose("happenedBefore", polish.getString("report.answer.YES"));
        inPolish.next("details");
        inPolish.next("about-you");
        inPolish.next("check");
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
        ReportForm inUrdu = new ReportForm(browser, urdu, this::awaitPage, "/ur/");
        onAPhone();
        open("/ur/report/danger");
        inUrdu.awaitStep("danger");
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
        assertNoSidewaysScroll("the first step in Urdu");
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

        inUrdu.answerFromDangerToWhere("دو فون اور بہت سی نقدی", false);
        inUrdu.choose("placeKind", guidance.placeKinds(URDU).get(0).label());
        inUrdu.chooseTown("town", "Leicester");
        inUrdu.next("when");
        inUrdu.quickDate("today");
        inUrdu.choose("stillHappening", urdu.getString("report.answer.YES"));
        inUrdu.choose("happenedBefore", urdu.getString("report.answer.NO"));
        inUrdu.next("details");
        inUrdu.next("about-you");
        inUrdu.next("check");
        assertNoSidewaysScroll("the check page in Urdu");
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
