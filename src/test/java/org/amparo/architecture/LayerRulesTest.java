package org.amparo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture: arrows point down only. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.amparo");
    }

    @Test
    void theRulesSeeEveryLayer() {
        for (String layer : new String[] {"domain", "store.vault", "service", "cli", "ui.shell", "app"}) {
            assertTrue(classes.containPackage("org.amparo." + layer), "no classes read in " + layer);
        }
    }

    @Test
    void theDomainKnowsNoJavaFxNoJooqAndNoSql() {
        noClasses().that().resideInAPackage("org.amparo.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void nothingButTheCompositionRootUsesTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("org.amparo.ui..", "org.amparo.app..")
                .should().dependOnClassesThat().resideInAPackage("org.amparo.ui..")
                .check(classes);
    }

    @Test
    void theCommandLineAndTheServicesLoadNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.amparo.cli..", "org.amparo.service..", "org.amparo.store..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
