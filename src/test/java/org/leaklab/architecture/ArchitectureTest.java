package org.leaklab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/ARCHITECTURE.md, enforced: every package has a row in its table, uses only
 * what that row's "may use" column names, and no packages depend on each other in a circle.
 */
class ArchitectureTest {
    private static final Path DOCUMENT = Path.of("docs", "ARCHITECTURE.md");

    private static JavaClasses classes;
    private static MayUseTable table;

    @BeforeAll
    static void importClasses() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MayUseTable.ROOT);
        table = MayUseTable.parse(Files.readString(DOCUMENT));
    }

    @Test
    void everyPackageHasARowInTheTable() {
        Set<String> without = new TreeSet<>();
        for (JavaClass type : classes) {
            if (table.rowOf(type.getPackageName()).isEmpty()) {
                without.add(type.getPackageName());
            }
        }
        assertTrue(without.isEmpty(), "Packages without a row in the table of " + DOCUMENT + ": " + without);
    }

    @Test
    void everyPackageTheTableNamesExists() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(type -> packages.add(type.getPackageName()));
        Set<String> missing = new TreeSet<>();
        for (String named : table.namedPackages()) {
            if (packages.stream().noneMatch(p -> p.equals(named) || p.startsWith(named + "."))) {
                missing.add(named);
            }
        }
        for (String key : table.keys()) {
            String base = key.endsWith(".*") ? key.substring(0, key.length() - 2) : key;
            if (packages.stream().noneMatch(p -> p.equals(base) || p.startsWith(base + "."))) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "The table of " + DOCUMENT + " names packages that do not exist: " + missing);
    }

    @Test
    void everyDependencyIsOneTheTableAllows() {
        Set<String> outside = new TreeSet<>();
        for (JavaClass type : classes) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = target.getPackageName();
                if (to.isEmpty() || target.isPrimitive() || target.isArray()) {
                    continue;
                }
                if (!table.allows(type.getPackageName(), to)) {
                    outside.add(type.getPackageName() + " -> " + to + "   (" + type.getSimpleName() + " uses "
                            + target.getSimpleName() + ")");
                }
            }
        }
        assertTrue(outside.isEmpty(), "Dependencies the \"may use\" column of " + DOCUMENT + " does not allow:\n  "
                + String.join("\n  ", outside));
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(MayUseTable.ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "org.controlsfx..")
                .check(classes);
    }

    // The reading of the table itself, on a table of our own, so that the rules above cannot pass
    // by reading nothing.

    private static final String SAMPLE = """
            | package | holds | may use |
            |---|---|---|
            | `org.leaklab.model` | records | `i18n` |
            | `org.leaklab.content` | reading, with `CasePackReader` | `model`, `Gson` |
            | `org.leaklab.ui.common` | shared controls | `model`, JavaFX without backticks is not read |
            | `org.leaklab.ui.ranking`, `org.leaklab.ui.choice` | two kinds | `ui.common` |
            | `org.leaklab.ui.*` | one folder per view | `ui.*`, `model`, `JavaFX` |
            | `org.leaklab.app` | wiring | every package (`*`), never app |
            """;

    @Test
    void theTableIsReadRowByRowFromItsLastColumn() {
        MayUseTable sample = MayUseTable.parse(SAMPLE);
        assertEquals(List.of("org.leaklab.model", "org.leaklab.content", "org.leaklab.ui.common", "org.leaklab.ui.ranking",
                "org.leaklab.ui.choice", "org.leaklab.ui.*", "org.leaklab.app"), sample.keys());
        assertTrue(sample.allows("org.leaklab.ui.choice", "org.leaklab.ui.common"), "a row of two packages");
        assertFalse(sample.allows("org.leaklab.ui.choice", "org.leaklab.ui.ranking"), "its own row, not the wildcard");
        assertTrue(sample.allows("org.leaklab.model", "org.leaklab.i18n"));
        assertFalse(sample.allows("org.leaklab.model", "org.leaklab.content"), "not listed");
        assertFalse(sample.allows("org.leaklab.model", "com.google.gson"), "a library not listed");
        assertTrue(sample.allows("org.leaklab.content", "com.google.gson.stream"), "a library's subpackages");
        assertFalse(sample.allows("org.leaklab.content", "org.leaklab.ui.common"),
                "a name in the holds column allows nothing");
        assertFalse(sample.allows("org.leaklab.ui.common", "javafx.scene"), "words without backticks allow nothing");
        assertTrue(sample.allows("org.leaklab.ui.play", "org.leaklab.ui.ranking"), "the wildcard row and name");
        assertFalse(sample.allows("org.leaklab.ui.ranking", "org.leaklab.app"));
        assertFalse(sample.allows("org.leaklab.ui.play", "org.leaklab.app"));
        assertTrue(sample.allows("org.leaklab.app", "org.leaklab.ui.play"));
        assertTrue(sample.allows("org.leaklab.model", "java.util") && sample.allows("org.leaklab.model", "javax.imageio"),
                "the JDK always");
        assertTrue(sample.rowOf("org.leaklab.session").isEmpty(), "a package without a row");
        assertEquals("org.leaklab.ui.common", sample.rowOf("org.leaklab.ui.common").orElseThrow(),
                "its own row before the wildcard");
    }

    @Test
    void aNameThatIsNeitherPackageNorLibraryIsRefusedWithItsRow() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MayUseTable.parse("| `org.leaklab.model` | records | `Guava` |"));
        assertTrue(refused.getMessage().contains("org.leaklab.model") && refused.getMessage().contains("`Guava`"),
                refused.getMessage());
    }
}
