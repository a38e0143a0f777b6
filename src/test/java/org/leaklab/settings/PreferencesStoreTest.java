package org.leaklab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesStoreTest {
    @TempDir
    Path folder;

    @Test
    void noFileGivesDefaultsWithoutAProblem() {
        PreferencesStore.LoadResult result = new PreferencesStore(folder).load();
        assertEquals(Preferences.defaults(), result.preferences());
        assertTrue(result.problem().isEmpty());
    }

    @Test
    void savedPreferencesComeBack() throws IOException {
        PreferencesStore store = new PreferencesStore(folder.resolve("new-folder"));
        Preferences saved = Preferences.defaults().withLanguage(Locale.GERMAN).withTheme(Theme.HIGH_CONTRAST)
                .withScale(1.5).withWindow(new Preferences.WindowBounds(10, 20, 1000, 700, false));
        store.save(saved);
        assertEquals(saved, new PreferencesStore(folder.resolve("new-folder")).load().preferences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "{\"scale\": \"big\"}", "[1,2]", "{\"language\": 'de'}", "{\"window\": 5}"})
    void brokenFileGivesDefaultsAndIsKeptAside(String content) throws IOException {
        Path file = folder.resolve(PreferencesStore.FILE_NAME);
        Files.writeString(file, content);
        PreferencesStore.LoadResult result = new PreferencesStore(folder).load();
        assertEquals(Preferences.defaults(), result.preferences());
        FileProblem problem = result.problem().orElseThrow();
        assertEquals(FileProblem.Kind.DAMAGED, problem.kind(), "no backup to restore");
        assertFalse(Files.exists(file), "the broken file must be moved aside");
        assertEquals(content, Files.readString(problem.keptAs().orElseThrow()), "nothing is lost");
    }

    @Test
    void emptyFileIsAProblemToo() throws IOException {
        Files.writeString(folder.resolve(PreferencesStore.FILE_NAME), "");
        assertEquals(FileProblem.Kind.DAMAGED, new PreferencesStore(folder).load().problem().orElseThrow().kind());
    }

    // ---- Loss 4: a damaged preferences file ignored the valid backup ----

    @Test
    void aDamagedFileWithAValidBackupUsesTheBackupAndSaysFromWhen() throws IOException {
        PreferencesStore store = new PreferencesStore(folder);
        Preferences chosen = Preferences.defaults().withLanguage(Locale.GERMAN).withTheme(Theme.HIGH_CONTRAST)
                .withScale(1.5);
        store.save(chosen);
        store.save(chosen.withScale(1.75));
        Path backup = folder.resolve(PreferencesStore.FILE_NAME + ".1");
        Instant savedAt = Instant.parse("2024-03-04T07:45:00Z");
        Files.setLastModifiedTime(backup, FileTime.from(savedAt));
        Path file = folder.resolve(PreferencesStore.FILE_NAME);
        Files.writeString(file, "{\"language\": \"de\", \"th"); // cut off

        PreferencesStore.LoadResult result = new PreferencesStore(folder).load();
        assertEquals(chosen, result.preferences(), "the backup, not the defaults");
        FileProblem problem = result.problem().orElseThrow();
        assertEquals(FileProblem.Kind.RESTORED, problem.kind());
        assertEquals(Optional.of(savedAt), problem.restoredVersion());
        assertEquals("{\"language\": \"de\", \"th", Files.readString(problem.keptAs().orElseThrow()));
        assertEquals(chosen, new PreferencesStore(folder).load().preferences(), "the file is repaired");
        assertTrue(new PreferencesStore(folder).load().problem().isEmpty());
    }

    @Test
    void theOldSingleBackupIsUsedToo() throws IOException {
        Preferences chosen = Preferences.defaults().withTheme(Theme.DARK);
        PreferencesStore store = new PreferencesStore(folder);
        store.save(chosen);
        Path file = folder.resolve(PreferencesStore.FILE_NAME);
        Files.move(file, folder.resolve(PreferencesStore.FILE_NAME + ".bak"));
        Files.writeString(file, "{\"theme\": ");
        assertEquals(Theme.DARK, new PreferencesStore(folder).load().preferences().theme());
    }

    @Test
    void aFolderThatCannotBeWrittenIsATypedProblem() throws IOException {
        Path occupied = Files.writeString(folder.resolve("leaklab"), "a file, not a folder");
        FileProblemException failure = assertThrows(FileProblemException.class,
                () -> new PreferencesStore(occupied).save(Preferences.defaults()));
        assertEquals(FileProblem.Kind.NOT_WRITABLE, failure.problem().kind());
        assertEquals(occupied, failure.problem().folder());
    }

    @Test
    void outOfRangeValuesAreClampedNotRejected() throws IOException {
        Files.writeString(folder.resolve(PreferencesStore.FILE_NAME),
                "{\"language\": \"fr\", \"theme\": \"DARK\", \"scale\": 99}");
        Preferences loaded = new PreferencesStore(folder).load().preferences();
        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(Preferences.MAX_SCALE, loaded.scale());
        assertEquals(Locale.GERMAN, loaded.locale(Locale.GERMANY), "an unknown language falls back to the OS");
    }

    @Test
    void unknownOrMissingValuesFallBackToTheirDefaults() throws IOException {
        Files.writeString(folder.resolve(PreferencesStore.FILE_NAME), "{\"theme\": \"PURPLE\"}");
        PreferencesStore.LoadResult result = new PreferencesStore(folder).load();
        assertEquals(Preferences.defaults(), result.preferences());
        assertTrue(result.problem().isEmpty(), "well-formed JSON is not moved aside");
    }

    @Test
    void osLocaleDecidesWhenNothingWasChosen() {
        assertEquals(Locale.GERMAN, Preferences.defaults().locale(Locale.forLanguageTag("de-CH")));
        assertEquals(Locale.ENGLISH, Preferences.defaults().locale(Locale.JAPAN));
    }
}
