package org.spotthesigns.reporting.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.spotthesigns.testing.BrowserTest;

/**
 * Journeys through the report form, each as a new visitor who leaves nothing behind; {@link #form}
 * fills it in English.
 */
abstract class ReportFormBrowserTest extends BrowserTest {

    protected ReportForm form;

    @BeforeEach
    void comeAsANewVisitor() {
        form = new ReportForm(browser, MESSAGES, this::awaitPage);
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void forgetTheVisitor() {
        browser.manage().deleteAllCookies();
    }
}
