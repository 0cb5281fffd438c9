package org.spotthesigns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.spotthesigns.Application;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Packages by feature: each feature's root is its API, views call services, no cycles. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spotthesigns");

    @Test
    void features_use_each_other_only_through_their_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(PORTAL);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        classes().that().areAssignableTo(Repository.class)
                .should().resideInAPackage("..internal..")
                .check(PORTAL);
    }

    @Test
    void scheduling_and_its_lock_are_switched_on_by_the_platform_alone() {
        classes().that().areAnnotatedWith(org.springframework.scheduling.annotation.EnableScheduling.class)
                .or().areAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.class)
                .should().resideInAPackage("org.spotthesigns.platform..")
                .check(PORTAL);
    }

    @Test
    void views_live_in_a_feature_ui_package_and_are_hidden_from_other_packages() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould().notBePublic()
                .check(PORTAL);
    }
}
