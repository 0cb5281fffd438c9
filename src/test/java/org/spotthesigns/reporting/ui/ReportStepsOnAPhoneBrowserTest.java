package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.spotthesigns.guidance.GuidanceService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The form's steps on a phone 375 pixels wide: choices stacked as thumb-sized targets, the date
 * as three boxes with its quick choices and its errors, and the place as a town search, a journey
 * and a postcode district. Apart from the whole journey ({@link ReportJourneyBrowserTest}), so the
 * two forks of the browser tests share the journeys more evenly.
 */
class ReportStepsOnAPhoneBrowserTest extends ReportFormBrowserTest {

    @Autowired
    GuidanceService guidance;

    /**
     * On a phone 375 pixels wide: every choice on its own row, each row a target at least 44
     * pixels tall that a tap anywhere on it chooses, and every question shown whole.
     */
    @Test
    void radios_and_tick_boxes_on_a_phone_are_stacked_with_targets_of_44_pixels_and_whole_labels() {
        onAPhone();
        open("/report/danger");
        java.util.List<java.util.Map<String, Number>> danger = targets("dangerNow");
        assertStackedTargets("dangerNow", danger);
        // one question on the page: the question is the page's heading, not said twice
        assertThat(browser.findElements(By.xpath(
                        "//*[normalize-space(text())='" + MESSAGES.getString("report.field.dangerNow") + "']")))
                .as("the question shown once")
                .hasSize(1);
        // a tap at the far end of a row, away from the circle and the words, still chooses
        WebElement no = form.radio("dangerNow", MESSAGES.getString("report.answer.NO"));
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(no, no.getRect().getWidth() / 2 - 4, 0)
                .click()
                .perform();
        awaitPage();
        assertThat(no.getAttribute("checked")).isNotNull();
        form.next("who");
        form.choose("concernFor", MESSAGES.getString("report.concernFor.CHILD"));
        form.choose("ageBand", MESSAGES.getString("report.ageBand.AGE_13_TO_17"));
        form.next("what");
        java.util.List<java.util.Map<String, Number>> signs = targets("signs");
        assertStackedTargets("signs", signs);
        Object cut = browser.executeScript("""
                const label = document.querySelector('#signs > label[slot=label]');
                const part = document.getElementById('signs').shadowRoot.querySelector('[part=label]');
                return [label.scrollWidth, label.clientWidth, part.scrollWidth, part.clientWidth,
                    getComputedStyle(part).textOverflow, getComputedStyle(part).whiteSpace];
                """);
        @SuppressWarnings("unchecked")
        java.util.List<Object> sizes = (java.util.List<Object>) cut;
        assertThat(((Number) sizes.get(2)).longValue())
                .as("the question is cut off")
                .isLessThanOrEqualTo(((Number) sizes.get(3)).longValue());
        assertThat(sizes.get(5)).as("the question wraps").isNotEqualTo("nowrap");
        assertAccessible("step 3 on a phone");
    }

    @Test
    void on_a_phone_today_and_yesterday_fill_in_the_date_and_the_report_goes_on() {
        onAPhone();
        open("/");
        form.answerUpToWhen(
                "Quick date test: a girl handed a parcel to a driver",
                guidance.placeKinds(Locale.UK).get(0).label(),
                "Leicester",
                false);
        // the boxes bring up the number keyboard, and each has its own label
        for (String box : List.of("seenOn-day", "seenOn-month", "seenOn-year")) {
            assertThat(browser.findElement(By.id(box)).getAttribute("inputmode"))
                    .isEqualTo("numeric");
            assertThat(browser.findElements(By.cssSelector("label[for='" + box + "']")))
                    .hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("vaadin-date-picker"))).isEmpty();
        // one fieldset, the question its legend, the hint after it and linked to it
        assertThat(browser.findElement(By.cssSelector("fieldset#seenOn > legend:first-child"))
                        .getText())
                .isEqualTo(MESSAGES.getString("report.field.seenOn"));
        assertThat(browser.findElement(By.id("seenOn")).getAttribute("aria-describedby"))
                .isEqualTo("seenOn-hint");
        assertThat(browser.findElement(By.id("seenOn-hint")).getText())
                .isEqualTo(MESSAGES.getString("report.field.seenOn.hint"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        form.quickDate("yesterday");
        assertThat(form.dateShown()).isEqualTo(parts(today.minusDays(1)));
        form.quickDate("today");
        assertThat(form.dateShown()).isEqualTo(parts(today));
        form.choose("stillHappening", MESSAGES.getString("report.answer.NO"));
        form.choose("happenedBefore", MESSAGES.getString("report.answer.YES"));
        // the optional time is the browser's own time input, which hands over a whole time
        assertThat(browser.findElement(By.id("seenAt")).getAttribute("type")).isEqualTo("time");
        assertThat(browser.findElements(By.cssSelector("label[for='seenAt']"))).hasSize(1);
        browser.executeScript("""
                const time = document.getElementById('seenAt');
                time.value = '14:30';
                time.dispatchEvent(new Event('change', {bubbles: true}));
                """);
        awaitPage();
        assertNoSidewaysScroll("the when step");
        form.next("details");

        browser.findElement(By.linkText(MESSAGES.getString("report.back"))).click();
        form.awaitStep("when");
        assertThat(form.dateShown()).isEqualTo(parts(today));
        assertThat(browser.findElement(By.id("seenAt")).getDomProperty("value")).isEqualTo("14:30");
        form.quickDate("yesterday");
        form.next("details");
        form.next("about-you");
        form.next("check");
        assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                .contains(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                .format(today.minusDays(1)),
                        "14:30");
    }

    @Test
    void on_a_phone_an_impossible_an_incomplete_and_a_future_date_are_each_refused_at_the_date_keeping_every_answer() {
        onAPhone();
        open("/");
        form.answerUpToWhen(
                "Date errors test: a boy collecting cash",
                guidance.placeKinds(Locale.UK).get(0).label(),
                "Leicester",
                false);
        form.choose("stillHappening", MESSAGES.getString("report.answer.NOT_SURE"));

        // 31 February
        form.typeDate("31", "02", "2025");
        browser.findElement(By.id("continue")).click();
        String notReal = new MessageFormat(MESSAGES.getString("report.error.seenOn.notReal"), Locale.UK)
                .format(new Object[] {28});
        awaitDateError(notReal);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(form.dateShown()).containsExactly("31", "02", "2025");
        assertThat(invalidBoxes()).containsExactly("seenOn-day");
        assertThat(form.radio("stillHappening", MESSAGES.getString("report.answer.NOT_SURE"))
                        .getAttribute("checked"))
                .isNotNull();
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(notReal, MESSAGES.getString("report.error.happenedBefore.required"));
        assertAccessible("the when step refusing 31 February");
        browser.findElement(By.cssSelector("#error-summary a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("seenOn-day");

        // a day and a year missing
        form.typeDate("", "11", "");
        browser.findElement(By.id("continue")).click();
        awaitDateError(MESSAGES.getString("report.error.seenOn.missingDayYear"));
        assertThat(invalidBoxes()).containsExactly("seenOn-day", "seenOn-year");
        assertThat(form.dateShown()).containsExactly("", "11", "");

        // tomorrow
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        form.typeDate(tomorrow);
        browser.findElement(By.id("continue")).click();
        awaitDateError(MESSAGES.getString("report.error.seenOn.future"));
        assertThat(invalidBoxes()).containsExactly("seenOn-day", "seenOn-month", "seenOn-year");
        assertThat(form.dateShown()).isEqualTo(parts(tomorrow));

        form.quickDate("yesterday");
        form.choose("happenedBefore", MESSAGES.getString("report.answer.NO"));
        form.next("details");
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isFalse();
    }

    private static List<String> parts(LocalDate date) {
        return List.of(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** The date's own message, above its boxes, once the form has answered Continue. */
    private void awaitDateError(String message) {
        form.waitUntil(() -> browser.findElement(By.id("seenOn-error")).isDisplayed()
                && browser.findElement(By.id("seenOn-error")).getText().contains(message));
        assertThat(browser.findElement(By.id("seenOn")).getAttribute("aria-describedby"))
                .contains("seenOn-hint", "seenOn-error");
    }

    @SuppressWarnings("unchecked")
    private List<String> invalidBoxes() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#seenOn input[aria-invalid=true]')).map(box => box.id);");
    }

    /** The place and size of each choice in a group: its row, and the circle or box drawn in it. */
    @SuppressWarnings("unchecked")
    private java.util.List<java.util.Map<String, Number>> targets(String group) {
        return (java.util.List<java.util.Map<String, Number>>) browser.executeScript("""
                return Array.from(document.querySelectorAll('#' + arguments[0]
                        + ' :is(vaadin-radio-button, vaadin-checkbox)')).map(choice => {
                    const row = choice.getBoundingClientRect();
                    const mark = choice.shadowRoot.querySelector('[part=radio], [part=checkbox]').getBoundingClientRect();
                    const input = choice.querySelector('input').getBoundingClientRect();
                    const label = choice.querySelector('label').getBoundingClientRect();
                    return {left: row.left, top: row.top, width: row.width, height: row.height,
                        mark: mark.height, input: input.height, label: label.height,
                        tappable: Math.max(input.bottom, label.bottom) - Math.min(input.top, label.top)};
                });
                """, group);
    }

    private static void assertStackedTargets(String group, java.util.List<java.util.Map<String, Number>> choices) {
        assertThat(choices).as(group).hasSizeGreaterThan(1);
        double left = choices.get(0).get("left").doubleValue();
        double bottom = -1;
        for (java.util.Map<String, Number> choice : choices) {
            assertThat(choice.get("left").doubleValue())
                    .as(group + " side by side")
                    .isEqualTo(left);
            assertThat(choice.get("top").doubleValue())
                    .as(group + " overlapping")
                    .isGreaterThanOrEqualTo(bottom);
            assertThat(choice.get("tappable").doubleValue())
                    .as(group + " target height")
                    .isGreaterThanOrEqualTo(44);
            assertThat(choice.get("input").doubleValue())
                    .as(group + " input height")
                    .isGreaterThanOrEqualTo(44);
            bottom = choice.get("top").doubleValue() + choice.get("height").doubleValue() - 0.5;
        }
    }

    @Test
    void on_a_phone_a_journey_is_described_by_searching_two_towns_and_a_full_postcode_is_cut_to_its_district() {
        browser.manage().deleteAllCookies();
        onAPhone();
        answerUpToWhere();
        form.choose("placeKind", "Taxi or private hire car");
        browser.findElement(By.cssSelector("#journey label")).click();
        awaitPage();
        assertThat(browser.findElement(By.id("journeyTo")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#town label")).getText())
                .contains(MESSAGES.getString("report.field.town.from"));

        form.searchTown("town", "Leic", "Leicester");
        form.searchTown("journeyTo", "lough", "Loughborough");
        form.type(By.cssSelector("#postcodeDistrict input"), "le11 3ab");
        form.waitUntil(() -> "LE11"
                .equals(browser.findElement(By.cssSelector("#postcodeDistrict input"))
                        .getDomProperty("value")));
        assertThat(browser.executeScript("return document.getElementById('postcodeDistrict').helperText"))
                .isEqualTo(MessageFormat.format(MESSAGES.getString("report.postcodeDistrict.cut"), "LE11"));
        assertNoSidewaysScroll("the where step with a journey");
        assertAccessible("the where step with a journey, on a phone");
        form.next("when");

        open("/report/check");
        String answers = browser.findElement(By.cssSelector(".check-answers")).getText();
        assertThat(answers)
                .contains(MessageFormat.format(MESSAGES.getString("report.check.journey"), "Leicester", "Loughborough"))
                .contains("LE11")
                .doesNotContain("3AB");
    }

    @Test
    void the_where_step_has_no_accessibility_problem_on_a_phone_with_or_without_its_errors() {
        browser.manage().deleteAllCookies();
        onAPhone();
        answerUpToWhere();
        assertAccessible("the where step on a phone");

        // a town that is not in the list, a malformed postcode district, and words that must stay
        form.choose("placeKind", "Bus, train, tram or station");
        browser.findElement(By.cssSelector("#journey label")).click();
        awaitPage();
        form.type(By.cssSelector("#town input"), "Narnia");
        form.type(By.cssSelector("#postcodeDistrict input"), "LE");
        form.type(By.cssSelector("#location textarea"), "The 127 bus");
        browser.findElement(By.id("continue")).click();
        form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
        assertThat(browser.getCurrentUrl()).contains("/report/where");
        assertThat(browser.executeScript("return document.getElementById('town').errorMessage"))
                .isEqualTo(MESSAGES.getString("report.error.town.unknown"));
        assertThat(browser.executeScript("return document.getElementById('journeyTo').errorMessage"))
                .isEqualTo(MESSAGES.getString("report.error.journeyTo.required"));
        assertThat(browser.executeScript("return document.getElementById('postcodeDistrict').errorMessage"))
                .isEqualTo(MESSAGES.getString("report.error.postcodeDistrict.format"));
        assertThat(browser.findElement(By.cssSelector("#town input")).getDomProperty("value"))
                .isEqualTo("Narnia");
        assertThat(browser.findElement(By.cssSelector("#location textarea")).getDomProperty("value"))
                .isEqualTo("The 127 bus");
        assertThat(form.radio("placeKind", "Bus, train, tram or station").getAttribute("checked"))
                .isNotNull();
        assertAccessible("the where step with its errors, on a phone");

        // corrected from the list, the step goes on with the other answers as they were
        form.chooseTown("town", "Leicester");
        form.searchTown("journeyTo", "oak", "Oakham");
        WebElement postcode = browser.findElement(By.cssSelector("#postcodeDistrict input"));
        postcode.click();
        postcode.sendKeys(Keys.chord(Keys.CONTROL, "a"), "pe9", Keys.TAB);
        awaitPage();
        form.next("when");
    }

    /** A fresh report answered as briefly as the rules allow, up to the Where step. */
    private void answerUpToWhere() {
        open("/report/danger");
        form.answerFromDangerToWhere("A driver took a boy to a house twice a week.", false);
    }
}
