package org.spotthesigns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotthesigns.Application;
import org.spotthesigns.reporting.DraftToken;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SavedDrafts;
import org.spotthesigns.reporting.internal.DraftRecord;
import org.spotthesigns.reporting.internal.DraftRepository;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/** Packages by feature: each feature's root is its API, views call services, no cycles. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spotthesigns");

    @Test
    void features_use_each_other_only_through_their_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * The module diagrams in docs/modules/ (PlantUML, C4), written from the code each time this
     * runs, so the committed picture is the one the code draws; the folder is emptied first.
     */
    @Test
    void the_module_diagrams_are_written_from_the_code() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        // the platform has no type the features depend on (they take a java.time.Clock), so show it anyway
        Documenter.DiagramOptions diagrams = Documenter.DiagramOptions.defaults()
                .withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams);
        try (var files = Files.list(Path.of("docs/modules"))) {
            files.forEach(ArchitectureTest::sortRelationsAndComponents);
        }

        assertThat(Path.of("docs/modules/components.puml"))
                .content()
                .contains("Moderation", "Reporting", "Triage", "Platform")
                .containsPattern("Rel\\(\\S+\\.Moderation, \\S+\\.Triage, \"listens to\"");
    }

    /**
     * The Documenter lists relations and components in no fixed order: sorted, an unchanged
     * structure writes unchanged files, and the committed diagrams change only when the code does.
     */
    private static void sortRelationsAndComponents(Path diagram) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
            for (int start = 0; start < lines.size(); start++) {
                String kind = kind(lines.get(start));
                if (kind == null) {
                    continue;
                }
                int end = start;
                while (end < lines.size() && kind.equals(kind(lines.get(end)))) {
                    end++;
                }
                Collections.sort(lines.subList(start, end));
                start = end - 1;
            }
            Files.write(diagram, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("Rel(") || trimmed.startsWith("Component(")
                ? line.substring(0, line.length() - trimmed.length()) + trimmed.substring(0, trimmed.indexOf('('))
                : null;
    }

    /**
     * Triage reads a report from reporting (its answers, and which reports are still open) and
     * publishes its outcome; it never writes to reporting, and moderation takes the outcome from
     * the event.
     */
    @Test
    void triage_only_reads_from_reporting_and_publishes_its_outcome() {
        noClasses()
                .that()
                .resideInAPackage("org.spotthesigns.triage..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a method of a reporting service other than a read for triage",
                        call -> call.getTargetOwner().getPackageName().startsWith("org.spotthesigns.reporting")
                                && call.getTargetOwner().isAnnotatedWith(Service.class)
                                && !(call.getTargetOwner().isEquivalentTo(ReportService.class)
                                        && Set.of("forTriage", "openReferences").contains(call.getName()))))
                .check(PORTAL);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(PORTAL);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .resideInAPackage("..internal..")
                .check(PORTAL);
    }

    @Test
    void scheduling_and_its_lock_are_switched_on_by_the_platform_alone() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.scheduling.annotation.EnableScheduling.class)
                .or()
                .areAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.class)
                .should()
                .resideInAPackage("org.spotthesigns.platform..")
                .check(PORTAL);
    }

    @Test
    void views_live_in_a_feature_ui_package_and_are_hidden_from_other_packages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .andShould()
                .notBePublic()
                .check(PORTAL);
    }

    /**
     * A reporter's draft is theirs until they send it (decision record 0017): no moderation code or
     * screen, nor any feature but reporting, can reach a kept draft, through its service, its token,
     * its entity, its repository, or its table named in a query.
     */
    @Test
    void only_reporting_can_read_a_reporters_kept_draft() throws IOException {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.spotthesigns.reporting..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(SavedDrafts.class, DraftToken.class, DraftRecord.class, DraftRepository.class)
                .check(PORTAL);
        try (var sources = Files.walk(Path.of("src/main"))) {
            assertThat(sources.filter(Files::isRegularFile)
                            .filter(file -> !file.toString().contains("/org/spotthesigns/reporting/"))
                            .filter(file -> !file.getFileName().toString().equals("V22__report_drafts.sql"))
                            .filter(file -> {
                                try {
                                    return Files.readString(file)
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains("report_draft");
                                } catch (IOException | java.io.UncheckedIOException notText) {
                                    return false;
                                }
                            }))
                    .as("files outside reporting that name the drafts' table")
                    .isEmpty();
        }
    }
}
