package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
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

    /**
     * One visit per page, at a phone's width, with every check a browser is needed for: the copy
     * passes axe before Vaadin starts (what every reader sees first), Vaadin then takes over with
     * no layout shift, and the page keeps its title, landmarks, banner and exit control, fits the
     * screen and loads nothing from elsewhere. The first response's content itself is checked over
     * plain HTTP by {@link PublicPagesIT}; axe runs again after Vaadin has started on one page of
     * each kind (each view), since pages of one kind differ only in their words.
     */
    @Test
    void every_public_page_on_a_phone_is_accessible_before_vaadin_starts_and_unchanged_after() {
        Map<String, String> pages = publicPages();
        assertThat(pages).hasSizeGreaterThan(25);
        Set<String> oneOfEachKind = oneOfEachKind();
        String origin = url("");
        browser.manage().logs().get(LogType.BROWSER); // what earlier tests left behind
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 812));
        try {
            SoftAssertions soft = new SoftAssertions();
            pages.forEach((path, heading) -> {
                browser.get(url(path));
                soft.assertThat(browser.findElements(By.cssSelector("[data-first-paint]")))
                        .as("the copy on %s", path)
                        .hasSize(1);
                soft.assertThat(requested())
                        .as("what %s downloaded before a tap", path)
                        .noneMatch(address -> address.contains("/VAADIN/") || address.contains("lumo"));
                assertAccessible(path + " before Vaadin starts");
                // axe changed the window's height for a while: only what the swap moves counts
                afterNextFrame();
                script("""
                        window.layoutShifts = [];
                        new PerformanceObserver(list => list.getEntries().forEach(shift => window.layoutShifts.push(
                            shift.value + ' ' + shift.sources.map(source => source.node && source.node.nodeName).join(','))))
                            .observe({type: 'layout-shift'});
                        """);
                String headingBefore = headingBox();

                // a key with no meaning here: a real, trusted first interaction
                new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                awaitPage();
                afterNextFrame(); // a shift is reported on the frame after it happens

                soft.assertThat(browser.getTitle()).as("title of %s", path).isEqualTo(heading + TITLE_SUFFIX);
                soft.assertThat(browser.findElements(By.tagName("h1")))
                        .as("h1 on %s", path)
                        .hasSize(1);
                soft.assertThat(heading().getText()).as("heading of %s", path).isEqualTo(heading);
                soft.assertThat(browser.findElements(By.tagName("main")))
                        .as("main on %s", path)
                        .hasSize(1);
                soft.assertThat(browser.findElements(By.cssSelector("#outlet .portal main h1")))
                        .as("Vaadin's view on %s", path)
                        .hasSize(1);
                soft.assertThat(headingBox()).as("heading position on %s", path).isEqualTo(headingBefore);
                soft.assertThat(browser.executeScript("return window.layoutShifts;"))
                        .as("layout shifts on %s", path)
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                        .isEmpty();
                soft.assertThat(browser.findElement(By.cssSelector(".emergency-banner"))
                                .getText())
                        .as("emergency banner on %s", path)
                        .contains("999");
                soft.assertThat(browser.findElement(By.id("exit-this-page")).isDisplayed())
                        .as("exit control on %s", path)
                        .isTrue();
                soft.assertThat(Long.parseLong(script("return document.documentElement.scrollWidth;")))
                        .as("page width of %s", path)
                        .isLessThanOrEqualTo(Long.parseLong(script("return document.documentElement.clientWidth;")));
                soft.assertThat(requested())
                        .as("requests of %s to another origin", path)
                        .allMatch(address -> address.startsWith(origin));
                soft.assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                                .map(LogEntry::getMessage))
                        .as("errors in the console of %s", path)
                        .isEmpty();
                if (oneOfEachKind.contains(path)) {
                    assertAccessible(path + " after Vaadin started");
                }
            });
            soft.assertAll();
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void an_unknown_address_shows_the_not_found_page_in_the_site_frame_and_passes_axe() {
        open("/signs/three-phones");

        assertThat(heading().getText()).isEqualTo(MESSAGES.getString("notfound.title"));
        assertThat(browser.getTitle()).isEqualTo(MESSAGES.getString("notfound.title") + TITLE_SUFFIX);
        assertThat(browser.findElement(By.id("exit-this-page")).isDisplayed()).isTrue();
        assertAccessible("the not-found page");
    }

    @Test
    void a_visitor_goes_from_home_to_a_sign_and_on_to_report_it() {
        GuidancePage sign = guidance.signs(Locale.UK).get(0);
        open("/");

        browser.findElement(By.linkText(MESSAGES.getString("home.door.signs.title")))
                .click();
        awaitHeading(MESSAGES.getString("signs.title"));
        browser.findElement(By.linkText(sign.title())).click();
        awaitHeading(sign.title());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("What it looks like");
        browser.findElements(By.linkText(MESSAGES.getString("sign.report")))
                .get(0)
                .click();

        awaitHeading(guidance.generalPage("report", Locale.UK).title());
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/report?sign=" + sign.id()));
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText())
                .contains(sign.title());
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
        for (int press = 0;
                press < 12 && !wanted.equals(browser.switchTo().activeElement().getText());
                press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(wanted);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        awaitHeading(MESSAGES.getString("places.title"));
        assertThat(browser.findElement(By.cssSelector(".portal-nav a[aria-current='page']"))
                        .getText())
                .isEqualTo(wanted);
    }

    @Test
    void no_log_line_holds_a_visitors_address_or_browser(CapturedOutput output) {
        // request logging at its most talkative, so there are lines to look at, not an empty log
        List<String> talkative =
                List.of("org.springframework.web", "org.springframework.security", "com.vaadin.flow.server");
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
        List<String> portalLines = output.getAll()
                .lines()
                .filter(line -> line.contains("[spot-the-signs]"))
                .map(line -> line.replace(NeutralSite.get().base(), "the-neutral-site"))
                .toList();
        assertThat(portalLines)
                .hasSizeGreaterThan(10)
                .noneMatch(line -> line.contains(browserName)
                        || line.contains("HeadlessChrome")
                        || line.contains("127.0.0.1")
                        || line.contains("0:0:0:0:0:0:0:1"));
    }

    /** The first page of each view: the home page, each index, one sign, place and help page, each general page. */
    private Set<String> oneOfEachKind() {
        Set<String> pages = new LinkedHashSet<>(List.of(
                "/", "/signs", "/where-it-happens", "/help", "/report", "/about", "/privacy", "/accessibility"));
        pages.add(guidance.signs(Locale.UK).get(0).path());
        pages.add(guidance.places(Locale.UK).get(0).path());
        pages.add(guidance.helpPages(Locale.UK).get(0).path());
        return pages;
    }

    private String headingBox() {
        return script("const box = document.querySelector('main h1').getBoundingClientRect();"
                + " return [box.x, box.y, box.width, box.height].join(',');");
    }

    @SuppressWarnings("unchecked")
    private List<String> requested() {
        return (List<String>) browser.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).map(entry => entry.name);");
    }

    private static void afterNextFrame() {
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }
}
