package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.SavedDrafts;
import org.spotthesigns.security.RateLimit;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A client that has sent its allowance of reports is refused in plain words, and keeps its answers. */
class ReportRefusedBrowserTest extends BrowserTest {

    @Autowired
    RateLimits limits;

    @Autowired
    GuidanceService guidance;

    @Autowired
    SavedDrafts drafts;

    @Test
    void a_refused_report_says_why_and_keeps_every_answer_on_screen() {
        open("/");
        ReportForm form = new ReportForm(browser, MESSAGES, this::awaitPage);
        form.openCheckWithKeptDraft(
                drafts,
                "Refused test: a girl of about 15 carrying packages for an older man",
                guidance.placeKinds(Locale.UK).get(0).id());

        // this browser's allowance is used up, whichever loopback address it comes from, at the last
        // moment (it refills steadily) and given back afterwards: the running portal is shared with
        // the other browser tests
        Map<String, Integer> taken = new HashMap<>();
        for (String loopback : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            String client = limits.clientKey(loopback);
            int count = 0;
            while (limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, client)) {
                count++;
            }
            taken.put(client, count);
        }
        try {
            browser.findElement(By.id("send-report")).click();
            refusedWithEveryAnswerKept(form);
        } finally {
            taken.forEach((client, count) -> limits.giveBack(RateLimit.REPORTS_PER_CLIENT, client, count));
        }
    }

    private void refusedWithEveryAnswerKept(ReportForm form) {
        form.waitUntil(() -> browser.findElement(By.id("error-summary")).isDisplayed());
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains(MESSAGES.getString("report.send.limited"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.getCurrentUrl()).endsWith("/report/check");
        assertThat(browser.findElement(By.cssSelector(".check-answers")).getText())
                .contains("Refused test: a girl of about 15 carrying packages for an older man");
        assertAccessible("a refused report");
    }
}
