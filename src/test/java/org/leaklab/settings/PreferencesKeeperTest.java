package org.leaklab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesKeeperTest {
    @TempDir
    Path folder;

    /** Runs the keeper's writes only when the test says so, as a busy I/O thread would. */
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor later = queued::add;

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove().run();
        }
    }

    @Test
    void updateWritesOnTheExecutorAndOnlyTheNewest() {
        PreferencesStore store = new PreferencesStore(folder);
        AtomicInteger saved = new AtomicInteger();
        PreferencesKeeper keeper = new PreferencesKeeper(store, Preferences.defaults(), later,
                e -> { throw new AssertionError(e); }, saved::incrementAndGet);

        Preferences german = Preferences.defaults().withLanguage(Locale.GERMAN);
        Preferences dark = german.withTheme(Theme.DARK);
        keeper.update(german);
        keeper.update(dark);
        assertEquals(dark, keeper.current(), "current at once");
        assertTrue(Files.notExists(store.file()), "nothing written on the caller's thread");

        runQueued();
        assertEquals(1, saved.get(), "the older, queued state is skipped");
        assertEquals(dark, store.load().preferences());
    }

    @Test
    void saveNowWritesOnTheCallingThread() {
        PreferencesStore store = new PreferencesStore(folder);
        PreferencesKeeper keeper = new PreferencesKeeper(store, Preferences.defaults(), later,
                e -> { throw new AssertionError(e); }, () -> { });
        Preferences big = Preferences.defaults().withScale(1.5);

        keeper.saveNow(big);

        assertEquals(big, store.load().preferences());
        assertEquals(big, keeper.current());
    }

    @Test
    void aFailedWriteIsReportedNotThrown() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "");
        List<IOException> failures = new ArrayList<>();
        AtomicInteger saved = new AtomicInteger();
        PreferencesKeeper keeper = new PreferencesKeeper(new PreferencesStore(notAFolder), Preferences.defaults(),
                later, failures::add, saved::incrementAndGet);
        Preferences dark = Preferences.defaults().withTheme(Theme.DARK);

        keeper.update(dark);
        runQueued();
        keeper.saveNow(dark);

        assertEquals(2, failures.size(), "both writes reported");
        assertEquals(0, saved.get());
        assertEquals(dark, keeper.current(), "the settings stay in memory");
    }
}
