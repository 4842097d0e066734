package org.totalplace.spend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of the service shape: domain pure, rest at the edge, money never in binary floating point. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.totalplace.spend");
    }

    @Test
    void domainShouldNotDependOnRestEventsServiceOrJaxRs() {
        noClasses().that().resideInAPackage("..spend.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..spend.rest..", "..spend.events..",
                        "..spend.service..", "..spend.config..", "jakarta.ws.rs..", "org.jboss.resteasy..",
                        "com.fasterxml.jackson..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void serviceShouldNotDependOnRestOrJaxRs() {
        noClasses().that().resideInAPackage("..spend.service..")
                .should().dependOnClassesThat().resideInAnyPackage("..spend.rest..", "jakarta.ws.rs..",
                        "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void eventsShouldNotDependOnRestOrService() {
        noClasses().that().resideInAPackage("..spend.events..")
                .should().dependOnClassesThat().resideInAnyPackage("..spend.rest..", "..spend.service..",
                        "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void configShouldNotDependOnOtherLayers() {
        noClasses().that().resideInAPackage("..spend.config..")
                .should().dependOnClassesThat().resideInAnyPackage("..spend.rest..", "..spend.service..",
                        "..spend.events..", "..spend.domain..")
                .check(classes);
    }

    @Test
    void noFieldShouldHoldABinaryFloatingPointNumber() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.totalplace.spend..")
                .should().notHaveRawType(double.class)
                .andShould().notHaveRawType(Double.class)
                .andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Float.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noMethodShouldReturnABinaryFloatingPointNumber() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.totalplace.spend..")
                .should().notHaveRawReturnType(double.class)
                .andShould().notHaveRawReturnType(Double.class)
                .andShould().notHaveRawReturnType(float.class)
                .andShould().notHaveRawReturnType(Float.class)
                .allowEmptyShould(true)
                .check(classes);
    }
}
