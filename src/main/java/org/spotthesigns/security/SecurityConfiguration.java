package org.spotthesigns.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what, and the headers every response carries. Everything public is reachable
 * without signing in; views say so with {@code @AnonymousAllowed}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Nothing is loaded from another origin, nothing may frame the portal. Vaadin's client engine
     * needs inline scripts and styles of its own bootstrap page.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        // Ending one's own session cannot harm anyone, and the exit script sends no token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ExitThisPageEndpoint.PATH));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // Views are guarded by their own annotations (@AnonymousAllowed, @RolesAllowed); any other
        // address must reach the not-found page rather than a bare refusal.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.anyRequest(any -> any.permitAll()));
        return http.build();
    }
}
