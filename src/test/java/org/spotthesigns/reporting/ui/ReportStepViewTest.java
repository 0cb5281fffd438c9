package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The steps of the report form as the view builds them: view logic, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class ReportStepViewTest extends SpringBrowserlessTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    @Test
    void a_report_started_from_the_taxis_page_has_the_taxi_kind_of_place_chosen() {
        UI.getCurrent().navigate("report/danger", QueryParameters.of(ReportStartView.PLACE, "taxis-and-private-hire"));
        assertThat(getCurrentView()).isInstanceOf(ReportStepView.class);

        navigate("report/where", ReportStepView.class);

        assertThat(placeKind().getValue()).isEqualTo("taxis-and-private-hire");
    }

    @Test
    void a_place_page_no_kind_of_place_matches_chooses_nothing() {
        UI.getCurrent().navigate("report/danger", QueryParameters.of(ReportStartView.PLACE, "no-such-place"));

        navigate("report/where", ReportStepView.class);

        assertThat(placeKind().getValue()).isNull();
    }

    /**
     * The address chooses the language (decision record 0030): a UI that begins in Polish, as a
     * browser preferring Polish would begin it, gets the form at an English address wholly in
     * English, with no translated sign title mixed in.
     */
    @Test
    void a_browser_preferring_polish_gets_the_form_in_english_with_no_translated_words_mixed_in() {
        UI.getCurrent().setLocale(Locale.of("pl", "PL"));

        navigate("report/what", ReportStepView.class);

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> signs = $(CheckboxGroup.class).id("signs");
        assertThat(signs.getLabel()).isEqualTo(MESSAGES.getString("report.field.signs"));
        List<String> titles = signs.getListDataView()
                .getItems()
                .map(signs.getItemLabelGenerator())
                .toList();
        assertThat(titles).contains("Carrying two phones").doesNotContain("Dwa telefony");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> placeKind() {
        return $(RadioButtonGroup.class).id("placeKind");
    }
}
