package org.leaklab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
        PreferencesStore.Problem problem = result.problem().orElseThrow();
        assertFalse(Files.exists(file), "the broken file must be moved aside");
        assertEquals(content, Files.readString(problem.keptAs()), "nothing is lost");
        assertFalse(problem.detail().isBlank());
    }

    @Test
    void emptyFileIsAProblemToo() throws IOException {
        Files.writeString(folder.resolve(PreferencesStore.FILE_NAME), "");
        assertEquals("file is empty", new PreferencesStore(folder).load().problem().orElseThrow().detail());
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
