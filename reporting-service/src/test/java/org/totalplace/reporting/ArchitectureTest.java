package org.totalplace.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/service-shape.md. Plain JUnit tests calling ArchUnit's core API (the ArchUnit JUnit
 * engine finds no {@code @ArchTest} under the JUnit Platform Quarkus brings).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.totalplace.reporting");
        assertThat(classes.contain("org.totalplace.reporting.domain.SpendTally")).as("main classes imported").isTrue();
        assertThat(classes.contain("org.totalplace.reporting.events.PilotEventsConsumer")).isTrue();
    }

    @Test
    void domainShouldNotDependOnRestEventsOrJaxRs() {
        // JournalEvent (the journal's contract) carries the event's data as a JsonNode; no other domain class may
        ArchRule rule = noClasses().that().resideInAPackage("org.totalplace.reporting.domain..")
                .and().doNotHaveFullyQualifiedName("org.totalplace.reporting.domain.state.JournalEvent")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.totalplace.reporting.rest..", "org.totalplace.reporting.events..",
                        "org.totalplace.reporting.service..", "org.totalplace.reporting.config..",
                        "jakarta.ws.rs..", "org.jboss.resteasy..",
                        "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..");
        rule.check(classes);
    }

    /**
     * Journal events carry their data as a JSON tree ({@link JsonNode}) and the fold reads it; nothing else of
     * Jackson (mappers, annotations, parsing) belongs in the domain.
     */
    @Test
    void domainShouldUseNoJacksonButTheJsonTree() {
        DescribedPredicate<JavaClass> jacksonBeyondTheTree = JavaClass.Predicates
                .resideInAPackage("com.fasterxml.jackson..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(JsonNode.class)));
        ArchRule rule = noClasses().that().resideInAPackage("org.totalplace.reporting.domain..")
                .should().dependOnClassesThat(jacksonBeyondTheTree);
        rule.check(classes);
    }

    @Test
    void serviceShouldNotDependOnRestOrEvents() {
        ArchRule rule = noClasses().that().resideInAPackage("org.totalplace.reporting.service..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.totalplace.reporting.rest..", "org.totalplace.reporting.events..", "jakarta.ws.rs..");
        rule.check(classes);
    }

    @Test
    void eventsShouldNotDependOnRest() {
        ArchRule rule = noClasses().that().resideInAPackage("org.totalplace.reporting.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.totalplace.reporting.rest..", "jakarta.ws.rs..");
        rule.check(classes);
    }

    @Test
    void restShouldNotWriteReadModelsOrTalkToKafka() {
        ArchRule rule = noClasses().that().resideInAPackage("org.totalplace.reporting.rest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.totalplace.reporting.events..", "org.apache.kafka..", "jakarta.persistence..");
        rule.check(classes);
    }
}
