package org.spotthesigns.guidance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.testing.BrowserTest;
import org.spotthesigns.testing.NeutralSite;
import org.spotthesigns.testing.SessionRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every guidance page, in a real browser, as a visitor meets it. */
@ExtendWith(OutputCaptureExtension.class)
class PublicPagesBrowserTest extends BrowserTest {

    private static final String TITLE_SUFFIX = " - Spot the Signs";

    @Autowired
    GuidanceService guidance;

    @Autowired
    LoggingSystem logging;

    @Autowired
    SessionRecorder sessions;

    private Map<String, String> publicPages() {
        return PublicAddresses.withHeadings(guidance, MESSAGES);
    }

    /**
     * One visit per page, at a phone's width, with every check a browser is needed for: the page
     * passes axe, keeps its title, landmarks, banner and exit control, fits the screen and loads
     * nothing from elsewhere, and a reader's touches (a tap, a finger scroll, a wheel turn, a key)
     * start nothing: no request for Vaadin, no cookie, no session on the server, and no script or
     * style the strict policy refuses (that would be an error in the console). The first
     * response's content itself is checked over plain HTTP by {@link PublicPagesIT}.
     */
    @Test
    void every_guidance_page_on_a_phone_is_accessible_and_touching_it_starts_nothing() {
        Map<String, String> pages = publicPages();
        assertThat(pages).hasSizeGreaterThan(25);
        String origin = url("");
        browser.manage().deleteAllCookies();
        browser.manage().logs().get(LogType.BROWSER); // what earlier tests left behind
        int sessionsBefore = sessions.created();
        onAPhone();
        SoftAssertions soft = new SoftAssertions();
        pages.forEach((path, heading) -> {
            browser.get(url(path));
            assertAccessible(path);

            soft.assertThat(browser.getTitle()).as("title of %s", path).isEqualTo(heading + TITLE_SUFFIX);
            soft.assertThat(browser.findElements(By.tagName("h1")))
                    .as("h1 on %s", path)
                    .hasSize(1);
            soft.assertThat(heading().getText()).as("heading of %s", path).isEqualTo(heading);
            soft.assertThat(browser.findElements(By.tagName("main")))
                    .as("main on %s", path)
                    .hasSize(1);
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

            tapScrollAndPressAKey();

            soft.assertThat(requested())
                    .as("what %s asked for after a tap, a scroll and a key", path)
                    .allMatch(address -> address.startsWith(origin))
                    .noneMatch(address ->
                            address.contains("/VAADIN/") || address.contains("lumo") || address.contains("v-r="));
            soft.assertThat(vaadinHasStarted()).as("Vaadin on %s", path).isFalse();
            soft.assertThat(script("return document.cookie;"))
                    .as("cookies on %s", path)
                    .isEmpty();
            soft.assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                            .map(LogEntry::getMessage))
                    .as("errors in the console of %s", path)
                    .isEmpty();
        });
        soft.assertThat(browser.manage().getCookies())
                .as("cookies after every page")
                .isEmpty();
        soft.assertThat(sessions.created())
                .as("sessions created while reading every page")
                .isEqualTo(sessionsBefore);
        soft.assertAll();
    }

    /** As a reader on a phone: a finger on the heading, a swipe up the page, a wheel turn, a key. */
    private static void tapScrollAndPressAKey() {
        browser.executeScript("window.scrollTo(0, 0);");
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        WebElement heading = browser.findElement(By.cssSelector("main h1"));
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(heading), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        int height = ((Number) browser.executeScript("return innerHeight;")).intValue();
        Sequence swipe = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), 5, height * 3 / 4))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(
                        finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), 5, height / 4))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(tap));
        browser.perform(List.of(swipe));
        new Actions(browser).scrollByAmount(0, 300).sendKeys(Keys.ESCAPE).perform();
        // whatever a touch might have started would have asked for it by now
        pause(Duration.ofMillis(300));
    }

    /**
     * A Polish page at a phone's width: no sideways scroll, and the switcher kept to a line or
     * two so the heading stays near the top. Then a page right to left (Urdu or Arabic when their
     * content is there; until then the same Polish page turned right to left, which is all the
     * stylesheet sees of a language): the exit control and the Childline box on the mirrored side,
     * and still no sideways scroll.
     */
    @Test
    void a_translated_page_fits_a_phone_and_a_right_to_left_page_mirrors_the_layout() {
        String english = "/help/not-your-fault";
        onAPhone();
        open(english);
        long englishHeadingTop = top("main h1");
        long width = Long.parseLong(script("return document.documentElement.clientWidth;"));
        assertThat(left("#exit-this-page"))
                .as("the exit control, left to right")
                .isGreaterThan(width / 2);

        // axe: every_kind_of_page_in_every_language_passes_axe_on_a_phone, a young people's page among them
        open("/pl" + english);
        assertThat(script("return document.documentElement.lang;")).isEqualTo("pl");
        assertThat(Long.parseLong(script("return document.documentElement.scrollWidth;")))
                .as("page width of /pl%s", english)
                .isLessThanOrEqualTo(width);
        long switcher = Long.parseLong(script(
                "return Math.round(document.querySelector('.language-switcher').getBoundingClientRect().height);"));
        long notice = Long.parseLong(script(
                "return Math.round(document.querySelector('.translation-notice').getBoundingClientRect().height);"));
        long headingTop = top("main h1");
        System.out.printf(
                "At 375 px: heading at %d px in English, %d px in Polish; switcher %d px high, notice %d px%n",
                englishHeadingTop, headingTop, switcher, notice);
        assertThat(switcher).as("the switcher's height: two lines at most").isLessThanOrEqualTo(64);
        assertThat(headingTop)
                .as("the Polish heading's top, below the English one by the notice and at most"
                        + " a line of the frame's longer Polish words")
                .isLessThanOrEqualTo(englishHeadingTop + notice + 24 + 32);

        String rightToLeft = guidance.languages().stream()
                .filter(language -> language.equals("ur") || language.equals("ar"))
                .findFirst()
                .map(language -> "/" + language + english)
                .orElse(null);
        if (rightToLeft != null) {
            open(rightToLeft);
        } else {
            browser.executeScript("document.documentElement.dir = 'rtl'; document.documentElement.lang = 'ur';");
        }
        assertThat(script("return getComputedStyle(document.body).direction;")).isEqualTo("rtl");
        // at the left edge, whatever the length of the words in the button
        assertThat(left("#exit-this-page"))
                .as("the exit control's left edge, right to left")
                .isLessThan(width / 4);
        assertThat(script("return getComputedStyle(document.querySelector('.support-now')).borderRightWidth;"))
                .as("the Childline box's edge, right to left")
                .isEqualTo("6px");
        assertThat(Long.parseLong(script("return document.documentElement.scrollWidth;")))
                .as("page width right to left")
                .isLessThanOrEqualTo(width);
        assertThat(Long.parseLong(script("window.scrollTo(-10000, 0); return Math.round(Math.abs(window.scrollX));")))
                .as("how far a right-to-left page scrolls sideways")
                .isZero();
    }

    /**
     * Each kind of page in each language, at a phone's width: the home page, a sign, a place, a
     * young people's page and the start of a report, each with its title, one heading, the
     * language and direction of its address, no sideways scroll and no axe violation. (Every page
     * in every language is checked over HTTP by {@link PublicPagesIT}; the words differ by
     * language, the structure does not.)
     */
    @Test
    void every_kind_of_page_in_every_language_passes_axe_on_a_phone() {
        List<String> languages = guidance.languages().stream()
                .filter(language -> !language.equals("en"))
                .sorted()
                .toList();
        assertThat(languages).contains("pl", "ur", "ar", "gu", "pa");
        onAPhone();
        SoftAssertions soft = new SoftAssertions();
        for (String language : languages) {
            for (String english : List.of(
                    "/",
                    "/signs/two-phones",
                    "/where-it-happens/taxis-and-private-hire",
                    "/help/am-i-being-exploited",
                    "/report")) {
                String path = "/" + language + english;
                open(path);
                assertAccessible(path);
                soft.assertThat(browser.getTitle()).as("title of %s", path).endsWith(TITLE_SUFFIX);
                soft.assertThat(browser.findElements(By.cssSelector("main h1")))
                        .as("h1 on %s", path)
                        .hasSize(1);
                soft.assertThat(script("return document.documentElement.lang + ' ' + document.documentElement.dir"))
                        .as("language and direction of %s", path)
                        .isEqualTo(language + " " + (language.equals("ur") || language.equals("ar") ? "rtl" : ""));
                soft.assertThat(Long.parseLong(script("return document.documentElement.scrollWidth;")))
                        .as("page width of %s", path)
                        .isLessThanOrEqualTo(Long.parseLong(script("return document.documentElement.clientWidth;")));
            }
        }
        soft.assertAll();
    }

    private long top(String selector) {
        return Long.parseLong(script(
                "window.scrollTo(0, 0); return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().top);",
                selector));
    }

    private long left(String selector) {
        return Long.parseLong(script(
                "return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().left);", selector));
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
    void a_visitor_goes_from_home_to_a_sign_and_on_to_report_it_and_only_the_report_starts_a_session() {
        GuidancePage sign = guidance.signs(Locale.UK).get(0);
        browser.manage().deleteAllCookies();
        open("/");

        browser.findElement(By.linkText(MESSAGES.getString("home.door.signs.title")))
                .click();
        awaitHeading(MESSAGES.getString("signs.title"));
        browser.findElement(By.linkText(sign.title())).click();
        awaitHeading(sign.title());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("What it looks like");
        assertThat(browser.manage().getCookies())
                .as("cookies after following links to a sign")
                .isEmpty();
        browser.findElements(By.linkText(MESSAGES.getString("sign.report")))
                .get(0)
                .click();

        awaitHeading(guidance.generalPage("report", Locale.UK).title());
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/report?sign=" + sign.id()));
        assertThat(browser.findElement(By.cssSelector(".chosen-sign")).getText())
                .contains(sign.title());
        assertThat(browser.manage().getCookieNamed("JSESSIONID"))
                .as("the report form's session")
                .isNotNull();
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
                press < 20 && !wanted.equals(browser.switchTo().activeElement().getText());
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

    @SuppressWarnings("unchecked")
    private List<String> requested() {
        return (List<String>) browser.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).map(entry => entry.name);");
    }
}
