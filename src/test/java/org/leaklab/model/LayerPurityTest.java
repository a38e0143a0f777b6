package org.leaklab.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The model, scoring and content layers stay pure Java: no JavaFX (so {@code --validate} runs
 * without a toolkit and view models can be tested headless), and they never reach up into the UI.
 */
class LayerPurityTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leaklab");

    @Test
    void noJavaFxInModelScoringOrContent() {
        noClasses().that().resideInAnyPackage("org.leaklab.model..", "org.leaklab.scoring..", "org.leaklab.content..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void noDependencyOnTheAppOrTheUi() {
        noClasses().that().resideInAnyPackage("org.leaklab.model..", "org.leaklab.scoring..", "org.leaklab.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leaklab.app..", "org.leaklab.ui..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNeitherScoringNorContent() {
        noClasses().that().resideInAPackage("org.leaklab.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leaklab.scoring..", "org.leaklab.content..",
                        "com.google.gson..")
                .check(CLASSES);
    }
}
