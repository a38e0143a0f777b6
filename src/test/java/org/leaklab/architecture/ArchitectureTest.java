package org.leaklab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/ARCHITECTURE.md, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leaklab");
    }

    @Test
    void modelScoringContentAndSessionArePureJava() {
        noClasses().that().resideInAnyPackage("org.leaklab.model..", "org.leaklab.scoring..",
                        "org.leaklab.content..", "org.leaklab.session..", "org.leaklab.settings..",
                        "org.leaklab.i18n..", "org.leaklab.io..", "org.leaklab.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void logicNeverReachesIntoTheUserInterface() {
        noClasses().that().resideInAnyPackage("org.leaklab.model..", "org.leaklab.scoring..",
                        "org.leaklab.content..", "org.leaklab.session..", "org.leaklab.settings..",
                        "org.leaklab.i18n..", "org.leaklab.io..", "org.leaklab.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leaklab.ui..", "org.leaklab.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewsDoNotKnowTheWiring() {
        noClasses().that().resideInAPackage("org.leaklab.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.leaklab.app..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "org.controlsfx..")
                .check(classes);
    }
}
