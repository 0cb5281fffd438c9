package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.NeutralSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every public page, in a real browser, as a visitor meets it. */
@ExtendWith(OutputCaptureExtension.class)
class PublicPagesBrowserTest extends BrowserTest {

    private static final String TITLE_SUFFIX = " - Spot the Signs";

    @Autowired
    GuidanceService guidance;

    @Autowired
    LoggingSystem logging;

    private Map<String, String> publicPages() {
        return PublicAddresses.withHeadings(guidance, MESSAGES);
    }

    @Test
    void every_public_page_shows_its_title_one_heading_the_banner_and_the_exit_control() {
        SoftAssertions soft = new SoftAssertions();
        publicPages().forEach((path, heading) -> {
            open(path);
            soft.assertThat(browser.getTitle()).as("title of %s", path).isEqualTo(heading + TITLE_SUFFIX);
            soft.assertThat(browser.findElements(By.tagName("h1"))).as("h1 on %s", path).hasSize(1);
            soft.assertThat(heading().getText()).as("heading of %s", path).isEqualTo(heading);
            soft.assertThat(browser.findElements(By.tagName("main"))).as("main on %s", path).hasSize(1);
            soft.assertThat(browser.findElement(By.cssSelector(".emergency-banner")).getText())
                    .as("emergency banner on %s", path).contains("999");
            soft.assertThat(browser.findElement(By.id("exit-this-page")).isDisplayed())
                    .as("exit control on %s", path).isTrue();
        });
        soft.assertAll();
    }

    @Test
    void every_public_page_passes_the_wcag_a_and_aa_checks_of_axe() {
        assertThat(publicPages()).hasSizeGreaterThan(25);
        publicPages().keySet().forEach(path -> {
            open(path);
            assertAccessible(path);
        });
        open("/no-such-page");
        assertAccessible("the not-found page");
    }

    @Test
    void no_page_makes_a_request_to_another_origin_or_breaks_the_security_policy() {
        String origin = url("");
        List<String> problems = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER); // what earlier tests left behind
        publicPages().keySet().forEach(path -> {
            open(path);
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                            + ".map(entry => entry.name);");
            requested.stream().filter(address -> !address.startsWith(origin))
                    .forEach(address -> problems.add(path + " requested " + address));
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    problems.add(path + " logged " + entry.getMessage());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void an_unknown_address_answers_404_with_the_not_found_page_in_the_site_frame() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/signs/three-phones"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);

        open("/signs/three-phones");

        assertThat(heading().getText()).isEqualTo(MESSAGES.getString("notfound.title"));
        assertThat(browser.getTitle()).isEqualTo(MESSAGES.getString("notfound.title") + TITLE_SUFFIX);
        assertThat(browser.findElement(By.id("exit-this-page")).isDisplayed()).isTrue();
    }

    @Test
    void a_visitor_goes_from_home_to_a_sign_and_on_to_report_it() {
        GuidancePage sign = guidance.signs(Locale.UK).get(0);
        open("/");

        browser.findElement(By.linkText(MESSAGES.getString("home.door.signs.title"))).click();
        awaitHeading(MESSAGES.getString("signs.title"));
        browser.findElement(By.linkText(sign.title())).click();
        awaitHeading(sign.title());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("What it looks like");
        browser.findElements(By.linkText(MESSAGES.getString("sign.report"))).get(0).click();

        awaitHeading(guidance.generalPage("report", Locale.UK).title());
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/report?sign=" + sign.id()));
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText()).contains(sign.title());
    }

    @Test
    void the_site_can_be_used_with_the_keyboard_alone() {
        open("/");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo(MESSAGES.getString("site.skip"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("main");

        open("/");
        String wanted = MESSAGES.getString("site.nav.places");
        for (int press = 0; press < 12 && !wanted.equals(browser.switchTo().activeElement().getText()); press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(wanted);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        awaitHeading(MESSAGES.getString("places.title"));
        assertThat(browser.findElement(By.cssSelector(".portal-nav a[aria-current='page']")).getText()).isEqualTo(wanted);
    }

    @Test
    void on_a_phone_375_pixels_wide_no_page_scrolls_sideways() {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 812));
        try {
            SoftAssertions soft = new SoftAssertions();
            publicPages().keySet().forEach(path -> {
                open(path);
                soft.assertThat(Long.parseLong(script("return document.documentElement.scrollWidth;")))
                        .as("page width of %s", path)
                        .isLessThanOrEqualTo(Long.parseLong(script("return document.documentElement.clientWidth;")));
            });
            soft.assertAll();
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void no_log_line_holds_a_visitors_address_or_browser(CapturedOutput output) {
        // request logging at its most talkative, so there are lines to look at, not an empty log
        List<String> talkative = List.of("org.springframework.web", "org.springframework.security", "com.vaadin.flow.server");
        talkative.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        try {
            open("/");
            open("/signs/two-phones");
            open("/no-such-page");
        } finally {
            talkative.forEach(logger -> logging.setLogLevel(logger, null));
        }
        String browserName = script("return navigator.userAgent;");

        // the neutral site's own address appears in page content that debug logging dumps; it is not a visitor's
        List<String> portalLines = output.getAll().lines().filter(line -> line.contains("[spot-the-signs]"))
                .map(line -> line.replace(NeutralSite.get().base(), "the-neutral-site")).toList();
        assertThat(portalLines).hasSizeGreaterThan(10).noneMatch(line -> line.contains(browserName) || line.contains("HeadlessChrome")
                || line.contains("127.0.0.1") || line.contains("0:0:0:0:0:0:0:1"));
    }
}
