package org.spotthesigns.reporting.ui;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a report in progress may sit untouched, and how long before that the reporter is
 * warned (decision record 0025). Read each time a page of the form opens, so a changed value
 * applies to the pages opened after it.
 *
 * <p>The idle time cannot exceed the session timeout: the server ends a session untouched that
 * long (Vaadin closes idle sessions) and deletes its kept draft, and the warning must come before
 * that, never after.
 */
@ConfigurationProperties("spotthesigns.report.time-out")
class ReportTimeOut implements InitializingBean {

    private Duration sessionTimeout = Duration.ofMinutes(30);
    private @Nullable Duration idle;
    private Duration warning = Duration.ofMinutes(5);

    /** The session timeout bounds the idle time; without an idle time of its own, it is the idle time. */
    @Autowired
    void sessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    Duration getIdle() {
        return idle == null ? sessionTimeout : idle;
    }

    public void setIdle(Duration idle) {
        this.idle = idle;
    }

    Duration getWarning() {
        return warning;
    }

    public void setWarning(Duration warning) {
        this.warning = warning;
    }

    @Override
    public void afterPropertiesSet() {
        check(getIdle(), warning, sessionTimeout);
    }

    static void check(Duration idle, Duration warning, Duration sessionTimeout) {
        if (idle.isNegative() || idle.isZero() || idle.compareTo(sessionTimeout) > 0) {
            throw new IllegalStateException("spotthesigns.report.time-out.idle must be more than 0 and at most"
                    + " server.servlet.session.timeout (" + sessionTimeout + "), not " + idle);
        }
        if (warning.isNegative() || warning.isZero() || warning.compareTo(idle) >= 0) {
            throw new IllegalStateException(
                    "spotthesigns.report.time-out.warning must be more than 0 and less than the idle time (" + idle
                            + "), not " + warning);
        }
    }
}
