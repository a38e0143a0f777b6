package org.leaklab.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.leaklab.io.FileProblem;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesKeeper;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.ProgressKeeper;

/**
 * The services of one main window, created once and passed on by constructor: the preferences and
 * the look and language they give, the status line, dialogs, the I/O thread, the class results and
 * the progress of the cases. Files that cannot be saved stay in the status line as standing
 * problems until a later save works.
 *
 * @param links opens web addresses in the system browser
 */
record AppServices(Localization localization, Appearance appearance, StatusMessages status, ViewLoader viewLoader,
                   DialogService dialogs, PreferencesKeeper preferences, ExecutorService io, BackgroundWork work,
                   ResultsStore results, ProgressKeeper progress, QuitGuard quitGuard,
                   PlayServices.LinkOpener links) {
    /** Key of the standing problem "the class results are not saved" in the status line. */
    private static final String RESULTS_PROBLEM = "results";
    /** Key of the standing problem "the settings are not saved" in the status line. */
    private static final String SETTINGS_PROBLEM = "settings";

    /** Reads the preferences (as the launcher read them ahead) and creates the services of the window on {@code stage}. */
    static AppServices start(Stage stage, AppDirectories directories, PlayServices.LinkOpener links,
                             StartupPreload preload) {
        ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "leaklab-io");
            thread.setDaemon(true);
            return thread;
        });
        BackgroundWork work = new BackgroundWork(io, Platform::runLater);
        StatusMessages status = StatusMessages.expiring();
        PreferencesStore store = new PreferencesStore(directories.config());
        PreferencesStore.LoadResult loaded = preload.preferences(store);
        Preferences prefs = loaded.preferences();
        Localization localization = new Localization(prefs.locale(Locale.getDefault()));
        Appearance appearance = new Appearance(prefs.theme(), prefs.scale());
        // A failed save of the settings stays in the status line until a later one works.
        PreferencesKeeper preferences = new PreferencesKeeper(store, prefs, io,
                work.<IOException>onFxThread(e -> status.report(SETTINGS_PROBLEM, () -> FileProblems.describe(
                        localization, FileProblems.Subject.SETTINGS, FileProblems.of(e, store.file())))),
                work.onFxThread(() -> status.resolve(SETTINGS_PROBLEM)));
        DialogService dialogs = new FxDialogService(() -> stage, appearance, localization);
        ResultsStore results = new ResultsStore(directories.data());
        results.addSaveListener(work.onFxThread(state -> showSaveState(state, status, localization, results)));
        if (links instanceof SystemBrowser browser) {
            browser.onFailure(work.<String>onFxThread(
                    address -> status.warn(localization.get("sources.openFailed", address))));
        }
        // First job of the I/O thread, so it runs before anything writes results (or progress).
        work.run(() -> {
            results.removeLeftovers();
            return results;
        }, done -> { }, failure -> status.warn(localization.get("status.resultsCleanupFailed",
                results.file().getParent())));
        ProgressKeeper progress = new ProgressKeeper(new PlayProgressStore(directories.data()), io, Platform::runLater,
                localization, status, dialogs, Clock.systemUTC());
        QuitGuard quitGuard = new QuitGuard(dialogs, localization);
        quitGuard.add(progress);
        loaded.problem().ifPresentOrElse(
                problem -> status.warn(FileProblems.describe(localization, FileProblems.Subject.SETTINGS, problem)),
                () -> status.info(localization.get("status.ready")));
        return new AppServices(localization, appearance, status, new ViewLoader(localization), dialogs, preferences,
                io, work, results, progress, quitGuard, links);
    }

    /** Says in the status line that class results are not saved, until they are; then that they are. */
    private static void showSaveState(ResultsStore.SaveState state, StatusMessages status, Localization localization,
                                      ResultsStore results) {
        Optional<FileProblem> problem = state.problem().filter(p -> !state.isSafe());
        if (problem.isPresent()) {
            FileProblem shown = problem.get();
            status.report(RESULTS_PROBLEM, () -> FileProblems.describe(localization, FileProblems.Subject.RESULTS, shown));
        } else if (status.hasProblem(RESULTS_PROBLEM)) {
            status.resolve(RESULTS_PROBLEM);
            status.info(localization.get("problem.results.saved", results.file().getParent()));
        }
    }

    /** What the case views and the presenter need from outside. */
    PlayServices playServices() {
        return new PlayServices(dialogs, status, links, io, Platform::runLater);
    }

    /** Saves the window's bounds with the preferences and lets the I/O thread finish its last saves. */
    void close(Preferences.WindowBounds window) {
        preferences.saveNow(preferences.current().withWindow(window));
        io.shutdown();
        // The I/O thread is a daemon: let the last saves (the class, on closing presenter mode) finish.
        try {
            io.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
