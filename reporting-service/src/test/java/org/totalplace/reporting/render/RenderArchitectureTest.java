package org.totalplace.reporting.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Renderers are pure: a document in, a page or PDF out; the REST layer uses them, never the other way round. */
class RenderArchitectureTest {

    @Test
    void renderersShouldDependOnNoHttpEventsPersistenceOrServices() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.totalplace.reporting");

        noClasses().that().resideInAPackage("org.totalplace.reporting.render..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.totalplace.reporting.rest..", "org.totalplace.reporting.events..",
                        "org.totalplace.reporting.service..", "jakarta.ws.rs..", "org.jboss.resteasy..",
                        "jakarta.persistence..", "org.apache.kafka..")
                .check(classes);
    }
}
