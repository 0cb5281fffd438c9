package org.spotthesigns.platform;

import java.time.Clock;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for every feature, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Tomcat logs a request it cannot parse with the whole request target, query and all, where a
     * follow-up reference may sit: here it logs nothing of such a request, at any level. Tomcat
     * reads this setting as it makes each connection's processor, so it is set before it starts.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> noRequestDataInTomcatsLog() {
        return tomcat -> System.setProperty("org.apache.juli.logging.UserDataHelper.CONFIG", "NONE");
    }
}
