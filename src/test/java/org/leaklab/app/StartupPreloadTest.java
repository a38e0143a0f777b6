package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.settings.Theme;

/** What the launcher reads ahead while JavaFX starts, and how the main window gets it. */
class StartupPreloadTest {
    @AfterEach
    void forgetPreload() {
        StartupPreload.take();
    }

    @Test
    void readsThePreferencesAndTheBuiltInCasesOfTheGivenFolders(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME),
                "{\"language\": \"de\", \"theme\": \"DARK\", \"scale\": 1.5}", StandardCharsets.UTF_8);
        AppDirectories directories = new AppDirectories(config, dir.resolve("data"));

        StartupPreload.begin(directories);
        StartupPreload preload = StartupPreload.take().orElseThrow();

        assertEquals(directories, preload.directories());
        PreferencesStore.LoadResult loaded = preload.preferences(new PreferencesStore(config));
        assertTrue(loaded.problem().isEmpty());
        assertEquals(Locale.GERMAN, loaded.preferences().locale(Locale.ENGLISH));
        assertEquals(Theme.DARK, loaded.preferences().theme());
        assertEquals(1.5, loaded.preferences().scale());
        CaseLibrary library = preload.builtInCases().get();
        assertTrue(library.find(CaseLibrary.AMAZON_2018).isPresent());
        // The same library every time: the main window and the explorer share one reading.
        assertEquals(library, preload.builtInCases().get());
        // Once read, the main window can list them in its first frame without waiting.
        assertEquals(library, preload.builtInCasesIfRead().orElseThrow());
    }

    @Test
    void aBrokenPreferencesFileIsReportedAndKeptAsTheStoreDoes(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{\"theme\": ", StandardCharsets.UTF_8);

        StartupPreload.begin(new AppDirectories(config, dir.resolve("data")));
        PreferencesStore.LoadResult loaded = StartupPreload.take().orElseThrow()
                .preferences(new PreferencesStore(config));

        assertTrue(loaded.problem().isPresent());
        assertEquals(Theme.LIGHT, loaded.preferences().theme());
        assertTrue(Files.exists(loaded.problem().get().keptAs().orElseThrow()));
        assertFalse(Files.exists(config.resolve(PreferencesStore.FILE_NAME)));
    }

    @Test
    void isHandedOutOnlyOnce(@TempDir Path dir) {
        assertTrue(StartupPreload.take().isEmpty(), "nothing begun yet");
        StartupPreload.begin(new AppDirectories(dir.resolve("config"), dir.resolve("data")));
        assertTrue(StartupPreload.take().isPresent());
        assertTrue(StartupPreload.take().isEmpty());
    }

    @Test
    void inPlaceReadsNothingAheadAndEverythingWhenAsked(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{\"theme\": \"DARK\"}", StandardCharsets.UTF_8);
        AppDirectories directories = new AppDirectories(config, dir.resolve("data"));

        StartupPreload preload = StartupPreload.inPlace(directories);

        assertEquals(directories, preload.directories());
        assertTrue(preload.builtInCasesIfRead().isEmpty(), "nothing read ahead: the start page waits for the I/O thread");
        assertEquals(Theme.DARK, preload.preferences(new PreferencesStore(config)).preferences().theme());
        assertTrue(preload.builtInCases().get().find(CaseLibrary.AMAZON_2018).isPresent());
        assertTrue(StartupPreload.take().isEmpty(), "not the launcher's preload");
    }
}
