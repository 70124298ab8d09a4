package org.amparo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the brief: domain holds plain records and rules; only store talks to the database (jOOQ, H2,
 * JDBC); nothing but the desktop client itself and the composition root knows the desktop client.
 */
@AnalyzeClasses(packages = "org.amparo", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule domainIsPlain = noClasses().that().resideInAPackage("org.amparo.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..")
            .because("the domain holds plain records and rules, no JavaFX and no database");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage("org.amparo.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.amparo.store..", "org.amparo.service..",
                    "org.amparo.ui..", "org.amparo.cli..", "org.amparo.app..");

    @ArchTest
    static final ArchRule nothingButTheDesktopKnowsTheDesktop = noClasses()
            .that().resideOutsideOfPackages("org.amparo.ui..", "org.amparo.app..")
            .should().dependOnClassesThat().resideInAPackage("org.amparo.ui..")
            .because("nothing imports ui except the composition root");

    @ArchTest
    static final ArchRule onlyStoreTouchesTheDatabase = noClasses()
            .that().resideInAPackage("org.amparo..").and().resideOutsideOfPackage("org.amparo.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
            .because("only store talks to jOOQ and H2");

    @ArchTest
    static final ArchRule storeKnowsNoUpperLayer = noClasses().that().resideInAPackage("org.amparo.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.amparo.service..", "org.amparo.ui..",
                    "org.amparo.cli..", "org.amparo.app..");

    @ArchTest
    static final ArchRule theCommandLineAndTheServicesLoadNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.amparo.cli..", "org.amparo.service..", "org.amparo.store..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line runs without starting JavaFX");
}
