package org.spotthesigns.security.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins that failed, by the step that failed them (a wrong password, a wrong code from the
 * authenticator app), so a rise shows on the operators' charts. Never by account or client: who tried
 * is in neither the metric nor its tags. A sign-in refused by the throttle without being checked is a
 * rate-limit refusal, counted there.
 */
@Component
public class SignInFailures {

    /** The metric (Prometheus: {@code spotthesigns_sign_in_failures_total}). */
    public static final String METRIC = "spotthesigns.sign.in.failures";

    private final Counter passwords;
    private final Counter codes;

    SignInFailures(MeterRegistry meters) {
        this.passwords = counter(meters, "password");
        this.codes = counter(meters, "code");
    }

    private static Counter counter(MeterRegistry meters, String step) {
        return Counter.builder(METRIC)
                .description("Sign-ins that failed: a wrong password or a wrong code, by the step")
                .tag("step", step)
                .register(meters);
    }

    @EventListener
    void passwordRefused(AbstractAuthenticationFailureEvent failure) {
        passwords.increment();
    }

    /** A code from the authenticator app was wrong or used before. */
    public void wrongCode() {
        codes.increment();
    }
}
