package org.spotthesigns.testing;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal running on a random port, as built for production. Every test of the running
 * portal shares this set-up, so Spring starts it once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RunningPortalTest.Recorders.class)
public abstract class RunningPortalTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void leaveForTheNeutralSite(DynamicPropertyRegistry properties) {
        properties.add("spotthesigns.exit.url", () -> NeutralSite.get().exitUrl());
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders {

        @Bean
        SessionRecorder sessionRecorder() {
            return new SessionRecorder();
        }

        /** Wraps the portal's data source so a test can take the database away and give it back. */
        @Bean
        static BeanPostProcessor switchableDatabase() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(dataSource)
                            : bean;
                }
            };
        }
    }
}
