package org.leaklab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.leaklab.app.diagnostics.FirstFrame;
import org.leaklab.app.diagnostics.ScreenWalk;
import org.leaklab.app.diagnostics.StartupTrace;
import org.leaklab.i18n.Messages;
import org.leaklab.io.FileProblem;
import org.leaklab.model.Case;
import org.leaklab.session.ClassSession;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesKeeper;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.ui.about.AboutView;
import org.leaklab.ui.about.AboutViewModel;
import org.leaklab.ui.casepack.CasePackDrop;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.common.ZoomKey;
import org.leaklab.ui.explorer.ExplorerView;
import org.leaklab.ui.explorer.ExplorerViewModel;
import org.leaklab.ui.guide.TeacherGuideView;
import org.leaklab.ui.guide.TeacherGuideViewModel;
import org.leaklab.ui.history.HistoryView;
import org.leaklab.ui.history.HistoryViewModel;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.ProgressKeeper;
import org.leaklab.ui.shell.ShellMenusView;
import org.leaklab.ui.shell.ShellView;
import org.leaklab.ui.shell.ShellViewModel;
import org.leaklab.ui.shortcuts.ShortcutsView;
import org.leaklab.ui.shortcuts.ShortcutsViewModel;
import org.leaklab.ui.start.StartView;
import org.leaklab.ui.start.StartViewModel;

/**
 * The main window and the wiring behind it: reads the preferences, creates the services, the
 * shell and the pages, and keeps them in step when the language, theme or scale changes. What the
 * pages do lives elsewhere: the cases in {@link CaseCatalogue}, playing one in {@link CasePlayer},
 * presenter mode in {@link PresenterMode}, where the window opens in {@link WindowPlacement}.
 */
public final class MainWindow implements ScreenWalk.Target {
    /** Key of the standing problem "the class results are not saved" in the status line. */
    private static final String RESULTS_PROBLEM = "results";
    /** Key of the standing problem "the settings are not saved" in the status line. */
    private static final String SETTINGS_PROBLEM = "settings";

    private final Stage stage;
    private final Localization localization;
    private final Appearance appearance;
    private final Navigator navigator = new Navigator();
    /** Notes expire; standing problems (results or settings not saved) stay until resolved. */
    private final StatusMessages status = StatusMessages.expiring();
    private final ViewLoader viewLoader;
    private final DialogService dialogs;
    private final PreferencesKeeper preferences;
    private final ExecutorService io;
    /** The I/O thread's jobs that come back to the JavaFX thread. */
    private final BackgroundWork work;
    private final Image logo;
    private final ShellViewModel shellViewModel;
    private ShellView shellView;
    private final PlayServices.LinkOpener links;
    private final ResultsStore results;
    /** Presenter mode's window and the classes it keeps while LeakLab runs. */
    private final PresenterMode presenterMode;
    /** Every case in progress, in this run and saved in the data folder. */
    private final ProgressKeeper progress;
    /** The one way out: asks first while work could not be saved. */
    private final QuitGuard quitGuard;
    private final CaseCatalogue catalogue;
    private final CasePlayer player;

    private MainWindow(Stage stage, AppDirectories directories, PlayServices.LinkOpener links,
                       StartupPreload preload) {
        this.stage = stage;
        this.links = links;
        this.io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "leaklab-io");
            thread.setDaemon(true);
            return thread;
        });
        this.work = new BackgroundWork(io, Platform::runLater);
        PreferencesStore store = new PreferencesStore(directories.config());
        PreferencesStore.LoadResult loaded = preload.preferences(store);
        Preferences prefs = loaded.preferences();
        this.localization = new Localization(prefs.locale(Locale.getDefault()));
        this.appearance = new Appearance(prefs.theme(), prefs.scale());
        // A failed save of the settings stays in the status line until a later one works.
        this.preferences = new PreferencesKeeper(store, prefs, io,
                work.<IOException>onFxThread(e -> status.report(SETTINGS_PROBLEM, () -> FileProblems.describe(
                        localization, FileProblems.Subject.SETTINGS, FileProblems.of(e, store.file())))),
                work.onFxThread(() -> status.resolve(SETTINGS_PROBLEM)));
        this.viewLoader = new ViewLoader(localization);
        this.dialogs = new FxDialogService(() -> stage, appearance, localization);
        this.logo = AppIcons.logo();
        this.results = new ResultsStore(directories.data());
        results.addSaveListener(work.onFxThread(this::showSaveState));
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
        this.progress = new ProgressKeeper(new PlayProgressStore(directories.data()), io, Platform::runLater,
                localization, status, dialogs, Clock.systemUTC());
        this.quitGuard = new QuitGuard(dialogs, localization);
        quitGuard.add(progress);
        this.shellViewModel = new ShellViewModel(navigator, localization, appearance, status, new ShellRoutes());
        this.presenterMode = new PresenterMode(stage, localization, appearance, viewLoader, results,
                this::services, work);
        quitGuard.add(new QuitWithUnsavedResults(results, presenterMode::shownSession,
                dialogs, localization, status, ZoneId.systemDefault()));
        this.catalogue = new CaseCatalogue(preload, preferences, localization, status, viewLoader, dialogs,
                io, Platform::runLater);
        this.player = new CasePlayer(catalogue, progress, navigator, viewLoader, localization, status, dialogs,
                this::services);

        loaded.problem().ifPresentOrElse(
                problem -> status.warn(FileProblems.describe(localization, FileProblems.Subject.SETTINGS, problem)),
                () -> status.info(localization.get("status.ready")));
    }

    /** Says in the status line that class results are not saved, until they are; then that they are. */
    private void showSaveState(ResultsStore.SaveState state) {
        Optional<FileProblem> problem = state.problem().filter(p -> !state.isSafe());
        if (problem.isPresent()) {
            FileProblem shown = problem.get();
            status.report(RESULTS_PROBLEM, () -> FileProblems.describe(localization, FileProblems.Subject.RESULTS, shown));
        } else if (status.hasProblem(RESULTS_PROBLEM)) {
            status.resolve(RESULTS_PROBLEM);
            status.info(localization.get("problem.results.saved", results.file().getParent()));
        }
    }

    /**
     * Builds the main window on {@code stage} and shows it.
     *
     * @param directories where preferences and results live
     * @param links       opens web addresses in the system browser
     */
    public static MainWindow open(Stage stage, AppDirectories directories, PlayServices.LinkOpener links) {
        return open(stage, directories, links, StartupPreload.inPlace(directories));
    }

    /** As {@link #open(Stage, AppDirectories, PlayServices.LinkOpener)}, with what the launcher read ahead. */
    static MainWindow open(Stage stage, AppDirectories directories, PlayServices.LinkOpener links,
                           StartupPreload preload) {
        MainWindow window = new MainWindow(stage, directories, links, preload);
        window.show();
        return window;
    }

    private void show() {
        StartupTrace.step("services and preferences ready");
        StartViewModel start = new StartViewModel(localization, appearance, catalogue::listBuiltIn, io,
                Platform::runLater, player, progress.progress(), dialogs);
        catalogue.listOn(start);
        navigator.start(new Navigator.Page("start", null,
                () -> viewLoader.load(StartView.class, () -> new StartView(start)).root()));
        StartupTrace.step("start page built");
        if (!start.isListed()) {
            start.loadCases();
        }
        // After the leftovers are gone (the I/O thread's first job): the cases in progress get "Continue".
        progress.load();

        // The scene starts at the window's size: without one, showing the window would first lay
        // out the whole page at its preferred size, only to lay it out again at the window's.
        WindowPlacement placement = WindowPlacement.onScreens(preferences.current().window());
        Scene scene = new Scene(loadShell(), placement.bounds().getWidth(), placement.bounds().getHeight());
        StartupTrace.step("shell built");
        appearance.install(scene);
        // Should a key or the mouse be pressed before the menus have their items, they get them
        // first: every menu and shortcut works from the first frame on.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> fillMenus());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> fillMenus());
        ZoomKey.installAlternatives(scene, appearance);
        CasePackDrop.install(scene, catalogue::openDropped);
        stage.setScene(scene);
        updateTitle();
        navigator.currentProperty().addListener((obs, old, now) -> updateTitle());
        placement.applyTo(stage);

        localization.localeProperty().addListener((obs, old, now) -> {
            preferences.update(preferences.current().withLanguage(now));
            // Let the control that changed the language finish its event before it is replaced.
            Platform.runLater(this::renderAgain);
        });
        appearance.themeProperty().addListener((obs, old, now) ->
                preferences.update(preferences.current().withTheme(now)));
        appearance.scaleProperty().addListener((obs, old, now) ->
                preferences.update(preferences.current().withScale(now.doubleValue())));
        // The window's close button asks first, as File > Quit does, while work could not be saved.
        stage.setOnCloseRequest(event -> {
            if (!quitGuard.mayQuit()) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> close());
        StartupTrace.step("window placed, showing it");
        stage.show();
        // Not on the first screen, so done right after it (after the frame is laid out, so it is
        // not delayed): the menus' items, the window icons, the other language's texts.
        FirstFrame.afterLayout(scene, () -> Platform.runLater(() -> {
            fillMenus();
            AppIcons.loadInto(stage, work);
            readAllLanguages();
            catalogue.reopenCasePacks();
        }));
    }

    /**
     * Reads the texts of every language on the I/O thread, so that switching language later does
     * not read and parse a bundle on the JavaFX thread (about 200 ms there on a busy two-core
     * machine). Done after the first frame: the window does not need them before.
     */
    private void readAllLanguages() {
        work.run(() -> localization.languages().stream().map(Messages.ui()::bundle).toList(), read -> { },
                failure -> {
                    // A broken bundle is reported when the language is chosen and its texts are needed.
                });
    }

    private Parent loadShell() {
        ViewLoader.Loaded<ShellView> shell = viewLoader.load(ShellView.class,
                () -> new ShellView(shellViewModel, logo));
        shellView = shell.view();
        return shell.root();
    }

    /** Gives the shell's menus their items (ShellMenus.fxml), once per shell. */
    private void fillMenus() {
        if (!shellView.hasMenuItems()) {
            shellView.fillMenus(viewLoader.load(ShellMenusView.class, () -> new ShellMenusView(shellViewModel)).view());
        }
    }

    /**
     * Renders the shell and the current page again, e.g. in a newly chosen language. The keyboard
     * focus goes back to the control that had it (a ranking card, say), found again by its id.
     */
    private void renderAgain() {
        Node focused = stage.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        shellView.dispose();
        navigator.refresh();
        stage.getScene().setRoot(loadShell());
        fillMenus();
        updateTitle();
        if (focusedId != null) {
            Parent root = stage.getScene().getRoot();
            root.applyCss(); // builds the skins, so the content of scroll panes can be searched
            Focus.findById(root, focusedId).ifPresent(Node::requestFocus);
        }
        status.refresh();
        status.info(localization.get("status.languageChanged"));
    }

    private void updateTitle() {
        Navigator.Page page = navigator.currentProperty().get();
        stage.setTitle(page == null || page.title() == null ? localization.get("app.window.title")
                : localization.get("app.window.titleWithPage", page.title()));
    }

    private void close() {
        presenterMode.close(); // saves the class session before the I/O thread stops
        preferences.saveNow(preferences.current().withWindow(WindowPlacement.of(stage)));
        io.shutdown();
        // The I/O thread is a daemon: let the last saves (the class, on closing presenter mode) finish.
        try {
            io.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Plays {@code caseData}: where it was left if it is in progress (in this run, or saved in
     * the data folder by an earlier one), else from the briefing.
     */
    public void openCase(Case caseData) {
        player.openCase(caseData);
    }

    /** Loads the case pack at {@code file} in the background, as File &gt; Open case pack does once a file is chosen. */
    @Override
    public void openCasePack(Path file) {
        catalogue.open(file);
    }

    /**
     * Opens presenter mode for the current (or built-in) case on a full-screen stage of its own,
     * with that case's class where it was left.
     */
    public void startPresenter() {
        catalogue.withCase(caseData -> presenterMode.open(player.played(caseData)));
    }

    /** Continues a class saved in the class history in presenter mode. */
    private void continueClass(ClassSession session) {
        catalogue.find(session.caseId()).ifPresentOrElse(caseData -> presenterMode.continueClass(caseData, session),
                () -> status.warn(localization.get("history.continue.noCase", session.caseId())));
    }

    /** The presenter's stage while presenter mode is open, for tests. */
    @Override
    public Optional<Stage> presenterStage() {
        return presenterMode.stage();
    }

    private PlayServices services() {
        return new PlayServices(dialogs, status, links, io, Platform::runLater);
    }

    /** The one quit path (File &gt; Quit, Ctrl+Q, the window's close button); other kinds of work join it. */
    public QuitGuard quitGuard() {
        return quitGuard;
    }

    /** The cases in progress, for tests. */
    public ProgressKeeper progress() {
        return progress;
    }

    /** Where the class results are saved, for tests. */
    ResultsStore results() {
        return results;
    }

    /** The status line, for tests and later features. */
    public StatusMessages status() {
        return status;
    }

    @Override
    public Localization localization() {
        return localization;
    }

    @Override
    public Appearance appearance() {
        return appearance;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Where the shell's menus and buttons lead. */
    private final class ShellRoutes implements ShellViewModel.Routes {
        @Override
        public void showAbout() {
            AboutViewModel about = new AboutViewModel(BuildInfo.version(), catalogue.sources());
            Parent content = viewLoader.load(AboutView.class, () -> new AboutView(about)).root();
            dialogs.showView(localization.get("about.title"), content);
        }

        @Override
        public void showShortcuts() {
            ShortcutsViewModel shortcuts = new ShortcutsViewModel();
            navigator.goTo(new Navigator.Page("shortcuts", locale -> Messages.ui().get(locale, "shortcuts.title"),
                    () -> viewLoader.load(ShortcutsView.class, () -> new ShortcutsView(shortcuts)).root()));
        }

        @Override
        public void showTeacherGuide() {
            TeacherGuideViewModel guide = new TeacherGuideViewModel(TeacherGuideViewModel.GuideSource.builtIn(),
                    localization, dialogs, status, links::open, io, Platform::runLater,
                    Path.of(System.getProperty("java.io.tmpdir"), "leaklab"));
            navigator.goTo(new Navigator.Page("guide", locale -> Messages.ui().get(locale, "guide.title"),
                    () -> viewLoader.load(TeacherGuideView.class, () -> new TeacherGuideView(guide)).root()));
        }

        @Override
        public void openCasePack() {
            dialogs.chooseOpenFile(localization.get("casepack.chooserTitle"), localization.get("casepack.fileType"),
                    "*.json").ifPresent(catalogue::open);
        }

        @Override
        public void quit() {
            if (quitGuard.mayQuit()) {
                stage.close();
            }
        }

        @Override
        public void showExplorer() {
            catalogue.withCase(caseData -> {
                ExplorerViewModel explorer = new ExplorerViewModel(caseData, localization);
                navigator.goTo(new Navigator.Page("explorer", locale -> Messages.ui().get(locale, "explorer.page"),
                        () -> viewLoader.load(ExplorerView.class, () -> new ExplorerView(explorer)).root()));
            });
        }

        @Override
        public void startPresenter() {
            MainWindow.this.startPresenter();
        }

        @Override
        public void showLessonPlan() {
            catalogue.withCase(player::chooseLessonPlan);
        }

        @Override
        public void showHistory() {
            HistoryViewModel history = new HistoryViewModel(results, catalogue::find, localization,
                    services(), ZoneId.systemDefault(), MainWindow.this::continueClass);
            navigator.goTo(new Navigator.Page("history", locale -> Messages.ui().get(locale, "history.title"),
                    () -> viewLoader.load(HistoryView.class, () -> new HistoryView(history)).root()));
            history.load();
        }
    }
}
