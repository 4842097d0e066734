package org.totalplace.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/service-shape.md. Plain JUnit tests calling {@code check}: the
 * {@code @ArchTest} field style needs ArchUnit's own test engine, which the JUnit 6 platform of
 * Quarkus 3.37 runs without executing a single rule (a rule that must fail passes).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.totalplace.governance");
    }

    @Test
    void domainKnowsNothingOfHttpEventsOrUseCases() {
        noClasses().that().resideInAPackage("..governance.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..governance.rest..", "..governance.events..", "..governance.service..",
                        "..governance.config..", "jakarta.ws.rs..", "org.jboss.resteasy..",
                        "com.fasterxml.jackson..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void useCasesKnowNothingOfHttp() {
        noClasses().that().resideInAPackage("..governance.service..")
                .should().dependOnClassesThat().resideInAnyPackage("..governance.rest..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void eventsKnowNothingOfHttpOrUseCases() {
        noClasses().that().resideInAPackage("..governance.events..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..governance.rest..", "..governance.service..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void onlyTheOutboxTalksToKafka() {
        noClasses().that().resideOutsideOfPackage("..governance.events..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(classes);
    }

    @Test
    void theRulesAreCheckedAgainstRealClasses() {
        // guards against an empty import, under which every rule above would pass
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.totalplace.governance.domain.GroupRules"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.totalplace.governance.rest.GroupResource"))
                .isTrue();
    }
}
