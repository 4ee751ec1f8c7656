package dev.dossier.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The walls of the flow, checked on the compiled classes: template → resolve (data, sources) →
 * layout; no package cycles; nothing downstream reaches back up. The build fails when a change
 * breaks one.
 */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dossier.core");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.dossier.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void onlyTheEntryPointUsesTheRootPackage() {
        noClasses().that().resideInAPackage("dev.dossier.core.*..")
                .should().dependOnClassesThat().resideInAPackage("dev.dossier.core")
                .because("the root package is the public entry point (ReportEngine) and imports every stage")
                .check(core);
    }

    @Test
    void layoutAndChartsOnlyDrawWhatWasResolved() {
        noClasses().that().resideInAnyPackage("dev.dossier.core.layout..", "dev.dossier.core.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dossier.core.data..", "dev.dossier.core.source..")
                .because("the layout draws a ResolvedReport and never calls a data source")
                .check(core);
    }

    @Test
    void templatesKnowNothingOfDataOrSources() {
        noClasses().that().resideInAPackage("dev.dossier.core.template..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dossier.core.data..", "dev.dossier.core.source..",
                        "dev.dossier.core.resolve..", "dev.dossier.core.layout..")
                .because("a template is read and checked for shape before any provider is involved")
                .check(core);
    }

    @Test
    void dataAndSourcesKnowNothingOfLayout() {
        noClasses().that().resideInAnyPackage("dev.dossier.core.data..", "dev.dossier.core.source..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dossier.core.layout..", "dev.dossier.core.chart..",
                        "dev.dossier.core.resolve..", "dev.dossier.core.pdf..")
                .check(core);
    }

    @Test
    void editionsStandOnTheApiErrorsAndFormattingOnly() {
        noClasses().that().resideInAPackage("dev.dossier.core.edition..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.dossier.core.edition..", "dev.dossier.core.error..",
                        "dev.dossier.core.format..", "dev.dossier.api..", "com.fasterxml.jackson..", "java..")
                .because("snapshots and comparisons are a function of the resolved data, usable from any stage")
                .check(core);
    }

    @Test
    void errorsDependOnNothingElse() {
        noClasses().that().resideInAPackage("dev.dossier.core.error..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.dossier.core.error..", "java..")
                .check(core);
    }
}
