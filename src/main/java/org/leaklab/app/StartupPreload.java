package org.leaklab.app;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.leaklab.app.diagnostics.StartupTrace;
import org.leaklab.content.CaseLibrary;
import org.leaklab.i18n.Messages;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesStore;

/**
 * The start-up work that needs no JavaFX: reading the preferences (Gson), the texts of the chosen
 * language and the built-in case packs. {@link Launcher} begins it on a thread of its own before
 * it starts JavaFX, so it runs while the toolkit starts (most of a second, much of it spent
 * waiting for the display) instead of after it, on the JavaFX thread or ahead of the case list.
 *
 * <p>Without it (tests that open {@link MainWindow} directly) the main window does the same work
 * itself: preferences on the JavaFX thread, case packs on its I/O thread.
 */
final class StartupPreload {
    private static final Object LOCK = new Object();
    private static StartupPreload begun;

    private final AppDirectories directories;
    private final CompletableFuture<PreferencesStore.LoadResult> preferences = new CompletableFuture<>();
    private final CompletableFuture<CaseLibrary> builtInCases = new CompletableFuture<>();

    private StartupPreload(AppDirectories directories) {
        this.directories = Objects.requireNonNull(directories);
    }

    /** Starts reading in the background; call once, before {@code Application.launch}. */
    static void begin(AppDirectories directories) {
        StartupPreload preload = new StartupPreload(directories);
        synchronized (LOCK) {
            begun = preload;
        }
        Thread thread = new Thread(preload::run, "leaklab-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The preload begun by the launcher, handed out once; empty when none was begun. */
    static Optional<StartupPreload> take() {
        synchronized (LOCK) {
            StartupPreload preload = begun;
            begun = null;
            return Optional.ofNullable(preload);
        }
    }

    private void run() {
        // Preferences first: the main window needs them before anything else.
        PreferencesStore.LoadResult loaded;
        try {
            loaded = new PreferencesStore(directories.config()).load();
            preferences.complete(loaded);
        } catch (RuntimeException | Error e) {
            preferences.completeExceptionally(e);
            loaded = null;
        }
        try {
            Locale locale = loaded == null ? Locale.getDefault() : loaded.preferences().locale(Locale.getDefault());
            Messages.ui().bundle(locale);
        } catch (RuntimeException e) {
            // The main window reads the bundle again and reports what is wrong.
        }
        StartupTrace.step("preload: preferences and texts read");
        try {
            builtInCases.complete(CaseLibrary.builtIn());
        } catch (RuntimeException | Error e) {
            builtInCases.completeExceptionally(e);
        }
        StartupTrace.step("preload: built-in case packs read");
    }

    /** The folders the preload read from. */
    AppDirectories directories() {
        return directories;
    }

    /** The loaded preferences; waits for them if need be, or reads them here if the preload failed. */
    PreferencesStore.LoadResult preferences(PreferencesStore store) {
        try {
            return preferences.join();
        } catch (CompletionException e) {
            return store.load();
        }
    }

    /** The built-in case packs if they have been read without a problem already; empty otherwise. */
    Optional<CaseLibrary> builtInCasesIfRead() {
        return builtInCases.isDone() && !builtInCases.isCompletedExceptionally()
                ? Optional.of(builtInCases.join()) : Optional.empty();
    }

    /** The built-in case packs, waiting for them if need be; rethrows what went wrong reading them. */
    Supplier<CaseLibrary> builtInCases() {
        return () -> {
            try {
                return builtInCases.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }
}
