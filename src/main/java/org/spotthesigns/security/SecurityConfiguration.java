package org.spotthesigns.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.spotthesigns.security.internal.AddressFirewall;
import org.spotthesigns.security.internal.SignInThrottle;
import org.spotthesigns.security.ui.SignInRoutes;
import org.spotthesigns.shared.ReaderPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what, and the headers every response carries. Everything public is reachable
 * without signing in; views say so with {@code @AnonymousAllowed}. Moderation views carry
 * {@code @RolesAllowed}, and the services behind them check the role again
 * ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Nothing is loaded from another origin, nothing may frame the portal. Vaadin's client engine
     * needs inline scripts and styles of its own bootstrap page, so pages that start Vaadin (the
     * report form, follow-up, moderation) have them.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
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

    /**
     * Guidance pages and the not-found page are plain documents that never start Vaadin: scripts
     * and styles from the portal's own files only, nothing inline, nothing evaluated (decision 0014).
     */
    static final String READER_CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** bcrypt today, and able to check hashes of any encoder it may move to. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Requests with addresses no page has never reach the portal (see {@link AddressFirewall}). */
    @Bean
    HttpFirewall httpFirewall() {
        return new AddressFirewall();
    }

    /**
     * A request the firewall refuses never reaches the filter chain that writes the portal's
     * headers, yet its error page is a page like any other: it gets the same headers, from the
     * chain's own writer, and then 400. Nothing is logged: anyone can send such requests.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectProvider<SecurityFilterChain> chains) {
        return (request, response, rejected) -> {
            Optional<Filter> headers = chains.orderedStream()
                    .flatMap(chain -> chain.getFilters().stream())
                    .filter(HeaderWriterFilter.class::isInstance)
                    .findFirst();
            if (headers.isPresent()) {
                headers.get().doFilter(request, response, (ignoredRequest, ignoredResponse) -> {});
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /** Every signed-in session, so one account's sessions can all be ended at once. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends on its own. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain portalSecurity(
            HttpSecurity http, RateLimits limits, SessionRegistry sessions, AuditTrail audit, ReaderPages readers)
            throws Exception {
        RequestMatcher readerPage = readers::answers;
        // Ending one's own session cannot harm anyone, and the exit script sends no token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ExitThisPageEndpoint.PATH));
        // One policy or the other, chosen before the response starts (headers are written eagerly,
        // below). Reader pages write their own caching headers: never stored by a browser, held
        // briefly by a shared cache; everything else is never stored anywhere.
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        readerPage, new ContentSecurityPolicyHeaderWriter(READER_CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(readerPage),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(readerPage), new CacheControlHeadersWriter()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the response, not when it is committed: Vaadin 25 commits a first
                // page (without vaadin.eagerServerLoad) in a way the lazy writer never sees.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Views are guarded by their own annotations (@AnonymousAllowed, @RolesAllowed); any other
        // address must reach the not-found page rather than a bare refusal.
        // An ended session signs its browser out at the next request and goes back to signing in.
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/" + SignInRoutes.LOGIN));
        http.addFilterBefore(
                new SignInThrottle(limits, "/" + SignInRoutes.LOGIN), UsernamePasswordAuthenticationFilter.class);
        // After the password, every sign-in goes on to its remaining steps (second factor, new password).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin
                        // a moderator who signs out is back at the sign-in page, not at the public home page
                        .loginView(SignInRoutes.LOGIN, "/" + SignInRoutes.LOGIN)
                        .defaultSuccessUrl("/" + SignInRoutes.NEXT_STEP, true)
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.recordAs(
                                        authentication.getName(),
                                        "signed-out",
                                        null,
                                        authentication.getName(),
                                        null,
                                        null);
                            }
                        })
                        .anyRequest(any -> any.permitAll()));
        // Redirects name no host: Host and X-Forwarded-Host are the sender's to choose. Spring
        // Security's way to the sign-in page says only the path; Tomcat keeps every other redirect
        // relative (server.tomcat.use-relative-redirects). After Vaadin's configurer, which sets up
        // the form login this adjusts (before it, the form would be initialised without the sign-in page).
        http.formLogin(
                form -> form.withObjectPostProcessor(new ObjectPostProcessor<LoginUrlAuthenticationEntryPoint>() {
                    @Override
                    public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                        entryPoint.setFavorRelativeUris(true);
                        return entryPoint;
                    }
                }));
        return http.build();
    }
}
