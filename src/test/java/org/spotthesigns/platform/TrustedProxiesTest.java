package org.spotthesigns.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Out of the box the portal trusts no proxy: X-Forwarded-For and X-Forwarded-Proto are taken only
 * from the address an operator names as the balancer's. Tomcat's own default would trust every
 * loopback and private address, so anyone connecting directly from one could choose their address.
 * (Trusting the named balancer, and only it, is shown on the running portal in
 * {@code OperationsIntegrationTest}.)
 */
class TrustedProxiesTest {

    @Test
    void by_default_no_address_is_a_trusted_proxy() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        String internalProxies = shipped.getProperty("server.tomcat.remoteip.internal-proxies");

        assertThat(shipped.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(internalProxies).isNotBlank();
        Pattern trusted = Pattern.compile(internalProxies);
        for (String address : List.of(
                "127.0.0.1",
                "127.0.0.2",
                "10.0.0.1",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.1.1",
                "203.0.113.7",
                "0:0:0:0:0:0:0:1",
                "::1",
                "fd00::1",
                "")) {
            assertThat(trusted.matcher(address).matches()).as(address).isFalse();
        }
    }

    @Test
    void the_production_profile_does_not_trust_more() throws IOException {
        Properties production = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-postgres.properties")) {
            production.load(in);
        }

        assertThat(production).doesNotContainKey("server.tomcat.remoteip.internal-proxies");
        assertThat(production).doesNotContainKey("server.tomcat.remoteip.trusted-proxies");
    }
}
