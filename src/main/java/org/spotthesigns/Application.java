package org.spotthesigns;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Spot the Signs: recognise county lines exploitation, report a concern anonymously, get help.
 * Uses Vaadin's pre-built bundle: styles and scripts are plain static files (see docs/decisions).
 */
@SpringBootApplication
// the platform (clock, scheduling) is used by every feature without a type of its own to depend on:
// shared, so that a module test starts it too
@Modulithic(systemName = "Spot the Signs", sharedModules = "platform")
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
