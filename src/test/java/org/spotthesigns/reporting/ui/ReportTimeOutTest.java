package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The time-out settings as Spring Boot binds them from the portal's properties. */
class ReportTimeOutTest {

    @Test
    void unset_the_idle_time_is_the_session_timeout_and_the_warning_comes_five_minutes_before() {
        ReportTimeOut settings = bind(Duration.ofMinutes(30), Map.of());

        assertThat(settings.getIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.getWarning()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void both_can_be_set_in_the_forms_spring_boot_reads() {
        ReportTimeOut settings = bind(
                Duration.ofMinutes(30),
                Map.of("spotthesigns.report.time-out.idle", "20m", "spotthesigns.report.time-out.warning", "90s"));

        assertThat(settings.getIdle()).isEqualTo(Duration.ofMinutes(20));
        assertThat(settings.getWarning()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void an_idle_time_beyond_the_session_timeout_stops_start_up_since_the_warning_would_come_too_late() {
        assertThatThrownBy(() -> bind(Duration.ofMinutes(30), Map.of("spotthesigns.report.time-out.idle", "45m")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spotthesigns.report.time-out.idle must be more than 0 and at most")
                .hasMessageContaining("PT30M");
    }

    @Test
    void a_warning_as_long_as_the_idle_time_or_none_at_all_stops_start_up() {
        assertThatThrownBy(() -> bind(
                        Duration.ofMinutes(30),
                        Map.of(
                                "spotthesigns.report.time-out.idle",
                                "5m",
                                "spotthesigns.report.time-out.warning",
                                "5m")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spotthesigns.report.time-out.warning must be more than 0 and less than");
        assertThatThrownBy(() -> bind(Duration.ofMinutes(30), Map.of("spotthesigns.report.time-out.warning", "0s")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ReportTimeOut bind(Duration sessionTimeout, Map<String, String> properties) {
        ReportTimeOut settings = new ReportTimeOut();
        settings.sessionTimeout(sessionTimeout);
        new Binder(new MapConfigurationPropertySource(properties))
                .bind("spotthesigns.report.time-out", Bindable.ofInstance(settings));
        settings.afterPropertiesSet();
        return settings;
    }
}
