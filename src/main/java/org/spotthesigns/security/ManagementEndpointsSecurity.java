package org.spotthesigns.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The management port (health and metrics, decision record 0015) answers without sessions, CSRF
 * tokens or saved requests: a balancer checks readiness every few seconds, and a check that made a
 * session each time would fill the node with them. The port is bound to loopback or a private
 * address, and what it serves (up or down, counts) names nobody, so it asks no one to sign in.
 * The public port serves no endpoint at all: the first chain matches only requests on the management
 * port ({@link EndpointRequest} tells them apart when the ports differ), and on the public port the
 * endpoints' addresses answer a bare 404, again without a session: a balancer pointed at the wrong
 * port by mistake must not fill the node with sessions either.
 *
 * <p>Neither chain writes headers: nothing they answer is a page, and the portal's refused requests
 * take their headers from the first chain that writes any ({@code SecurityConfiguration}'s
 * {@code RequestRejectedHandler}), which must stay the portal's own.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpointsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return stateless(http);
    }

    @Bean
    @Order(2)
    SecurityFilterChain noEndpointsOnThePublicPort(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                // an anonymous refusal goes to the entry point: 404, with no saved request and no session
                .exceptionHandling(
                        refused -> refused.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)));
        return stateless(http);
    }

    /**
     * No session, token, saved request or security context, and no headers of its own (the
     * refused-request handler copies the first chain's headers that write any).
     */
    private static SecurityFilterChain stateless(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
