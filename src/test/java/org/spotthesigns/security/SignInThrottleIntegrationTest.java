package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.internal.SignInFailures;
import org.spotthesigns.security.ui.SignInRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The password step's allowance of failures, through the portal's own security filters. A paused
 * sign-in is sent to the same {@code ?error} page as a wrong password, so the person reads the same
 * words (the browser journey checks those words once, for a wrong password).
 */
@SpringBootTest
@ActiveProfiles("test")
class SignInThrottleIntegrationTest {

    private static final String PASSWORD = "long enough password";

    @Autowired
    WebApplicationContext web;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ModeratorAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    MeterRegistry meters;

    private MockMvc portal;
    private String username;

    @BeforeEach
    void anAccount() {
        portal = MockMvcBuilders.webAppContextSetup(web)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        securityContexts.getContext().setAuthentication(new TestingAuthenticationToken("an-admin", null, "ROLE_ADMIN"));
        try {
            username = accounts.create(
                            "account-" + UUID.randomUUID().toString().substring(0, 8), Role.MODERATOR, PASSWORD)
                    .username();
        } finally {
            securityContexts.clearContext();
        }
    }

    @Test
    void wrong_passwords_sent_at_the_same_moment_are_checked_no_more_often_than_allowed() throws Exception {
        AtomicInteger checked = new AtomicInteger();
        ApplicationListener<ApplicationEvent> counter = event -> {
            if (event instanceof AbstractAuthenticationFailureEvent failure
                    && username.equals(failure.getAuthentication().getName())) {
                checked.incrementAndGet();
            }
        };
        double failuresBefore = failuresCounted();
        double refusalsBefore = accountRefusalsCounted();
        context.addApplicationListener(counter);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> pending = new ArrayList<>();
            try (ExecutorService guessers = Executors.newFixedThreadPool(16)) {
                for (int i = 0; i < 16; i++) {
                    String address = "198.51.100." + (i + 1);
                    pending.add(guessers.submit(() -> {
                        start.await();
                        return signIn("wrong password " + UUID.randomUUID(), address);
                    }));
                }
                start.countDown();
            }
            for (Future<MvcResult> result : pending) {
                assertThat(result.get().getResponse().getRedirectedUrl()).endsWith("?error");
            }
        } finally {
            context.removeApplicationListener(counter);
        }

        assertThat(checked).hasValue(10);
        assertThat(signIn(PASSWORD, "198.51.100.200").getResponse().getRedirectedUrl())
                .endsWith("?error");
        // the operators' charts: ten wrong passwords, and seven sign-ins refused by the account's allowance
        assertThat(failuresCounted() - failuresBefore).isEqualTo(10.0);
        assertThat(accountRefusalsCounted() - refusalsBefore).isEqualTo(7.0);
    }

    private double failuresCounted() {
        return meters.get(SignInFailures.METRIC)
                .tag("step", "password")
                .counter()
                .count();
    }

    private double accountRefusalsCounted() {
        return meters.get(RateLimits.REFUSALS)
                .tag("limit", "sign-in-failures-per-account")
                .counter()
                .count();
    }

    @Test
    void a_right_password_costs_the_account_nothing() throws Exception {
        for (int i = 0; i < 9; i++) {
            assertThat(signIn("wrong password", "198.51.100.17").getResponse().getRedirectedUrl())
                    .endsWith("?error");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(PASSWORD, "198.51.100.18").getResponse().getRedirectedUrl())
                    .endsWith(SignInRoutes.NEXT_STEP);
        }

        assertThat(signIn("wrong password", "198.51.100.17").getResponse().getRedirectedUrl())
                .endsWith("?error");
        assertThat(signIn(PASSWORD, "198.51.100.18").getResponse().getRedirectedUrl())
                .as("ten wrong passwords in the hour")
                .endsWith("?error");
    }

    private MvcResult signIn(String password, String address) throws Exception {
        // the servlet path as Spring's dispatcher servlet, mapped at "/", gives it in the running portal
        return portal.perform(post("/" + SignInRoutes.LOGIN)
                        .servletPath("/" + SignInRoutes.LOGIN)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }
}
