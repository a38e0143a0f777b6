package org.leaklab.app;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
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
 * <p>The main window always has one. When the launcher began none (tests that open
 * {@link MainWindow} directly, JavaFX started some other way), {@link #inPlace} reads nothing
 * ahead: the preferences are read when asked for, on the JavaFX thread, the case packs on the
 * main window's I/O thread.
 */
final class StartupPreload {
    private static final System.Logger LOG = System.getLogger(StartupPreload.class.getName());
    private static final Object LOCK = new Object();
    private static StartupPreload begun;

    private final AppDirectories directories;
    private final Function<PreferencesStore, PreferencesStore.LoadResult> preferences;
    private final Supplier<Optional<CaseLibrary>> builtInCasesIfRead;
    private final Supplier<CaseLibrary> builtInCases;

    private StartupPreload(AppDirectories directories,
                           Function<PreferencesStore, PreferencesStore.LoadResult> preferences,
                           Supplier<Optional<CaseLibrary>> builtInCasesIfRead, Supplier<CaseLibrary> builtInCases) {
        this.directories = Objects.requireNonNull(directories);
        this.preferences = preferences;
        this.builtInCasesIfRead = builtInCasesIfRead;
        this.builtInCases = builtInCases;
    }

    /** Starts reading in the background; call once, before {@code Application.launch}. */
    static void begin(AppDirectories directories) {
        CompletableFuture<PreferencesStore.LoadResult> preferences = new CompletableFuture<>();
        CompletableFuture<CaseLibrary> builtInCases = new CompletableFuture<>();
        StartupPreload preload = new StartupPreload(directories,
                store -> preferencesOr(preferences, store),
                () -> builtInCases.isDone() && !builtInCases.isCompletedExceptionally()
                        ? Optional.of(builtInCases.join()) : Optional.empty(),
                () -> joined(builtInCases));
        synchronized (LOCK) {
            begun = preload;
        }
        Thread thread = new Thread(() -> read(directories, preferences, builtInCases), "leaklab-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** A preload that read nothing ahead: everything is read when it is asked for. */
    static StartupPreload inPlace(AppDirectories directories) {
        return new StartupPreload(directories, PreferencesStore::load, Optional::empty, CaseLibrary::builtIn);
    }

    /** The preload begun by the launcher, handed out once; empty when none was begun. */
    static Optional<StartupPreload> take() {
        synchronized (LOCK) {
            StartupPreload preload = begun;
            begun = null;
            return Optional.ofNullable(preload);
        }
    }

    private static void read(AppDirectories directories,
                             CompletableFuture<PreferencesStore.LoadResult> preferences,
                             CompletableFuture<CaseLibrary> builtInCases) {
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
            LOG.log(System.Logger.Level.WARNING, "Could not read the texts ahead of the window", e);
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

    /** The preferences read ahead (waiting for them if need be), or read from {@code store} now when they were not. */
    PreferencesStore.LoadResult preferences(PreferencesStore store) {
        return preferences.apply(store);
    }

    /** The built-in case packs if they have been read without a problem already; empty otherwise. */
    Optional<CaseLibrary> builtInCasesIfRead() {
        return builtInCasesIfRead.get();
    }

    /** Reads the built-in case packs, or waits for those read ahead and rethrows what went wrong reading them. */
    Supplier<CaseLibrary> builtInCases() {
        return builtInCases;
    }

    private static PreferencesStore.LoadResult preferencesOr(
            CompletableFuture<PreferencesStore.LoadResult> preferences, PreferencesStore store) {
        try {
            return preferences.join();
        } catch (CompletionException e) {
            return store.load();
        }
    }

    private static CaseLibrary joined(CompletableFuture<CaseLibrary> builtInCases) {
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
    }
}
