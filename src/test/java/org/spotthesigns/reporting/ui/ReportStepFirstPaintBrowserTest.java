package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A step opened as a page of its own shows its question before Vaadin has started; what the
 * reporter chooses, ticks or types meanwhile, and a Continue pressed meanwhile, are taken over by
 * Vaadin's view when it arrives (decision record 0029).
 */
class ReportStepFirstPaintBrowserTest extends ReportFormBrowserTest {

    @Test
    void a_choice_made_and_continue_pressed_before_vaadin_started_are_kept() {
        browser.get(url("/report/danger"));
        // a script's click makes no pointer or key event, so Vaadin stays unstarted while the choice is made
        script("document.querySelector('[data-first-paint] label[for=first-paint-dangerNow-1]').click();");
        assertThat(vaadinHasStarted())
                .as("started by the choice made from a script")
                .isFalse();
        assertThat(script("return document.getElementById('first-paint-dangerNow-1').checked;"))
                .isEqualTo("true");

        browser.findElement(By.cssSelector("[data-first-paint] button[data-twin=continue]"))
                .click();

        form.awaitStep("who");
        browser.findElement(By.cssSelector("#outlet .back-link")).click();
        form.awaitStep("danger");
        assertThat(form.radio("dangerNow", MESSAGES.getString("report.answer.NO"))
                        .getDomProperty("checked"))
                .isEqualTo("true");
    }

    @Test
    void ticks_and_words_typed_before_vaadin_started_are_kept() {
        browser.get(url("/report/what"));
        script("document.querySelector('[data-first-paint] label[for=first-paint-signs-2]').click();"
                + "const words = document.querySelector('[data-first-paint] #first-paint-noticed');"
                + "words.value = 'Two phones at the bus station';"
                + "words.dispatchEvent(new Event('input', { bubbles: true }));");
        assertThat(vaadinHasStarted()).as("started by what a script did").isFalse();

        browser.findElement(By.cssSelector("[data-first-paint] button[data-twin=continue]"))
                .click();

        form.awaitStep("where");
        browser.findElement(By.cssSelector("#outlet .back-link")).click();
        form.awaitStep("what");
        assertThat(form.checkbox("signs", "Carrying two phones").getDomProperty("checked"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#noticed textarea")).getDomProperty("value"))
                .isEqualTo("Two phones at the bus station");
    }
}
