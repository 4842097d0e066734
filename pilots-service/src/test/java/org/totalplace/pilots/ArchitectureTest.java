package org.totalplace.pilots;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers stay apart. Plain JUnit tests calling ArchUnit's core API: the ArchUnit JUnit engine
 * (1.4.1) finds no tests under the JUnit Platform 6 that Quarkus brings, so {@code @ArchTest} would pass
 * without checking anything.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.totalplace.pilots");
        assertThat(classes.contain("org.totalplace.pilots.domain.Pilot")).as("main classes imported").isTrue();
    }

    @Test
    void domainShouldKnowNothingOfHttpEventsUseCasesOrConfiguration() {
        noClasses().that().resideInAPackage("..pilots.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..pilots.rest..", "..pilots.events..", "..pilots.service..", "..pilots.config..",
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "com.fasterxml.jackson..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void useCasesShouldKnowNothingOfHttp() {
        noClasses().that().resideInAPackage("..pilots.service..")
                .should().dependOnClassesThat().resideInAnyPackage("..pilots.rest..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void eventsShouldKnowNothingOfHttpOrUseCases() {
        noClasses().that().resideInAPackage("..pilots.events..")
                .should().dependOnClassesThat().resideInAnyPackage("..pilots.rest..", "..pilots.service..",
                        "jakarta.ws.rs..")
                .check(classes);
    }
}
