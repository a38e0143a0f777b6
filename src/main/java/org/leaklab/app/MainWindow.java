package org.leaklab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.leaklab.app.diagnostics.FirstFrame;
import org.leaklab.app.diagnostics.ScreenWalk;
import org.leaklab.app.diagnostics.StartupTrace;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayProgressStore;
import org.leaklab.session.LessonChoice;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.play.CasePages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.ProgressKeeper;
import org.leaklab.ui.play.PlayView;
import org.leaklab.ui.play.PlayViewModel;
import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesKeeper;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.io.FileProblem;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.about.AboutView;
import org.leaklab.ui.about.AboutViewModel;
import org.leaklab.ui.briefing.BriefingViewModel;
import org.leaklab.ui.casepack.CasePackDrop;
import org.leaklab.ui.casepack.CasePackOpener;
import org.leaklab.ui.casepack.OpenedPack;
import org.leaklab.ui.casepack.PackProblemsView;
import org.leaklab.ui.casepack.PackProblemsViewModel;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.FailureText;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.Resources;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.explorer.ExplorerView;
import org.leaklab.ui.explorer.ExplorerViewModel;
import org.leaklab.ui.guide.TeacherGuideView;
import org.leaklab.ui.guide.TeacherGuideViewModel;
import org.leaklab.ui.lessonplan.LessonPlanView;
import org.leaklab.ui.lessonplan.LessonPlanViewModel;
import org.leaklab.ui.history.HistoryView;
import org.leaklab.ui.history.HistoryViewModel;
import org.leaklab.ui.shell.ShellMenusView;
import org.leaklab.ui.shell.ShellView;
import org.leaklab.ui.shell.ShellViewModel;
import org.leaklab.ui.shortcuts.ShortcutsView;
import org.leaklab.ui.shortcuts.ShortcutsViewModel;
import org.leaklab.ui.start.CaseListing;
import org.leaklab.ui.start.StartView;
import org.leaklab.ui.start.StartViewModel;

/**
 * The main window and the wiring behind it: reads the preferences, creates the services, the
 * shell and the pages, and keeps them in step when the language, theme or scale changes.
 */
public final class MainWindow implements ScreenWalk.Target {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** The header logo: shown at most about 120 px tall (at the largest text size), so 128 px is enough. */
    private static final String LOGO = "/org/leaklab/assets/icons/leaklab-128.png";
    static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");
    /** The navigator's id of the page that plays a case. */
    static final String PLAY_PAGE = "play";
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
    private final Image logo;
    private final String version;
    private final ShellViewModel shellViewModel;
    private ShellView shellView;
    private volatile CaseLibrary library;
    private final PlayServices.LinkOpener links;
    private final ResultsStore results;
    /** The case last opened, which the explorer and presenter mode show; null before one is opened. */
    private Case currentCase;
    /** Presenter mode's window and the classes it keeps while LeakLab runs. */
    private final PresenterMode presenterMode;
    /** Cases opened from files, by id; they take precedence over built-in cases with the same id. */
    private final Map<String, Case> openedCases = new HashMap<>();
    /** The file each case in {@link #openedCases} was read from (as remembered in the preferences). */
    private final Map<String, String> openedFiles = new HashMap<>();
    /** Every case in progress, in this run and saved in the data folder. */
    private final ProgressKeeper progress;
    /** The one way out: asks first while work could not be saved. */
    private final QuitGuard quitGuard;
    /** The frame of the case on screen (or last on screen), whose draft is kept when the case is left. */
    private PlayViewModel shownPlay;
    /** The lesson plan chosen for each case, by id; a case without one plays whole. */
    private final Map<String, LessonChoice> lessonChoices = new HashMap<>();
    private StartViewModel start;
    private CasePackOpener packOpener;
    /** Reads the built-in case packs; called on the I/O thread. */
    private final Supplier<CaseLibrary> builtInCases;
    /** The built-in case packs if the launcher has read them already. */
    private final Supplier<Optional<CaseLibrary>> readCases;

    private MainWindow(Stage stage, AppDirectories directories, PlayServices.LinkOpener links,
                       StartupPreload preload) {
        this.stage = stage;
        this.links = links;
        this.builtInCases = preload.builtInCases();
        this.readCases = preload::builtInCasesIfRead;
        this.io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "leaklab-io");
            thread.setDaemon(true);
            return thread;
        });
        PreferencesStore store = new PreferencesStore(directories.config());
        PreferencesStore.LoadResult loaded = preload.preferences(store);
        Preferences prefs = loaded.preferences();
        this.localization = new Localization(prefs.locale(Locale.getDefault()));
        this.appearance = new Appearance(prefs.theme(), prefs.scale());
        // A failed save of the settings stays in the status line until a later one works.
        this.preferences = new PreferencesKeeper(store, prefs, io,
                e -> {
                    FileProblem problem = FileProblems.of(e, store.file());
                    Platform.runLater(() -> status.report(SETTINGS_PROBLEM,
                            () -> FileProblems.describe(localization, FileProblems.Subject.SETTINGS, problem)));
                },
                () -> Platform.runLater(() -> status.resolve(SETTINGS_PROBLEM)));
        this.viewLoader = new ViewLoader(localization);
        this.dialogs = new FxDialogService(() -> stage, appearance, localization);
        // Decoded by JavaFX in the background while the window is built; the header shows it when done.
        this.logo = new Image(Resources.requireExternal(MainWindow.class, LOGO), true);
        this.version = readVersion();
        this.results = new ResultsStore(directories.data());
        results.addSaveListener(state -> Platform.runLater(() -> showSaveState(state)));
        if (links instanceof SystemBrowser browser) {
            browser.onFailure(address -> Platform.runLater(
                    () -> status.warn(localization.get("sources.openFailed", address))));
        }
        // First job of the I/O thread, so it runs before anything writes results (or progress).
        io.execute(this::removeLeftoverResults);
        this.progress = new ProgressKeeper(new PlayProgressStore(directories.data()), io, Platform::runLater,
                localization, status, dialogs, Clock.systemUTC());
        this.quitGuard = new QuitGuard(dialogs, localization);
        quitGuard.add(progress);
        this.shellViewModel = new ShellViewModel(navigator, localization, appearance, status, new ShellRoutes());
        this.presenterMode = new PresenterMode(stage, localization, appearance, viewLoader, results,
                this::services);
        quitGuard.add(new QuitWithUnsavedResults(results, presenterMode::shownSession,
                dialogs, localization, status, java.time.ZoneId.systemDefault()));

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
        start = new StartViewModel(localization, appearance, this::listCases, io, Platform::runLater,
                new CaseCards(), progress.progress(), dialogs);
        packOpener = new CasePackOpener(CaseLibrary::loadFile, io, Platform::runLater, localization, status,
                this::shelve, this::showPackProblems);
        start.loadFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                status.warn(localization.get("status.casesFailed", FailureText.of(failure, localization)));
            }
        });
        // Usually the launcher has read the built-in packs while JavaFX started: list them in the
        // first frame. Otherwise the page shows a spinner until the I/O thread has read them.
        readCases.get().ifPresent(read -> start.showCases(listings(read)));
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
        WindowPlacement placement = placement(preferences.current().window());
        Scene scene = new Scene(loadShell(), placement.bounds().getWidth(), placement.bounds().getHeight());
        StartupTrace.step("shell built");
        appearance.install(scene);
        // Should a key or the mouse be pressed before the menus have their items, they get them
        // first: every menu and shortcut works from the first frame on.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> fillMenus());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> fillMenus());
        installExtraZoomKeys(scene);
        CasePackDrop.install(scene, packOpener::openDropped);
        stage.setScene(scene);
        updateTitle();
        navigator.currentProperty().addListener((obs, old, now) -> updateTitle());
        // Leaving a case keeps it: the question shown keeps its draft, and all of it is saved.
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (old != null && PLAY_PAGE.equals(old.id()) && shownPlay != null) {
                progress.record(shownPlay);
            }
        });
        placeWindow(placement);

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
            loadWindowIcons();
            io.execute(MainWindow::readAllLanguages);
            reopenCasePacks();
        }));
    }

    /**
     * Reads the texts of every language on the I/O thread, so that switching language later does
     * not read and parse a bundle on the JavaFX thread (about 200 ms there on a busy two-core
     * machine). Done after the first frame: the window does not need them before.
     */
    private static void readAllLanguages() {
        try {
            for (Locale locale : Messages.SUPPORTED) {
                Messages.ui().bundle(locale);
            }
        } catch (RuntimeException e) {
            // A broken bundle is reported when the language is chosen and its texts are needed.
        }
    }

    /**
     * Decodes the window icons on the I/O thread and hands them to the window when done: six
     * PNG files that the window manager shows in the task bar and the window switcher, not in
     * the window's first frame, so the JavaFX thread does not decode them before it.
     */
    private void loadWindowIcons() {
        io.execute(() -> {
            List<Image> icons = ICON_SIZES.stream()
                    .map(size -> new Image(Resources.requireExternal(MainWindow.class,
                            "/org/leaklab/assets/icons/leaklab-" + size + ".png")))
                    .toList();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
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

    private void installExtraZoomKeys(Scene scene) {
        // Ctrl+Plus is typed as Ctrl+= or Ctrl+Shift+= on many layouts, or on the number pad.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), appearance::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), appearance::resetZoom);
    }

    /** Where the window opens: the remembered bounds while they are on a screen, else the default. */
    private static WindowPlacement placement(Preferences.WindowBounds bounds) {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return WindowPlacement.of(bounds, screens, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    private void placeWindow(WindowPlacement placement) {
        Rectangle2D bounds = placement.bounds();
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (placement.remembered()) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setMaximized(placement.maximized());
        } else {
            stage.centerOnScreen();
        }
    }

    private void close() {
        presenterMode.close(); // saves the class session before the I/O thread stops
        Preferences.WindowBounds bounds = new Preferences.WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized());
        preferences.saveNow(preferences.current().withWindow(bounds));
        io.shutdown();
        // The I/O thread is a daemon: let the last saves (the class, on closing presenter mode) finish.
        try {
            io.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs on the I/O thread: reads the built-in packs once and lists them. */
    private List<CaseListing> listCases() {
        return listings(builtInCases.get());
    }

    private List<CaseListing> listings(CaseLibrary library) {
        this.library = library;
        return library.cases().stream().map(MainWindow::listing).toList();
    }

    private static CaseListing listing(Case builtIn) {
        Localizable origin = locale -> Messages.ui().get(locale, "start.case.builtIn");
        return new CaseListing(builtIn.id(), builtIn.title(), builtIn.summary(), builtIn.scenarios().size(), origin);
    }

    /** The case of a listing on the start page; empty until the built-in packs are read. */
    private Optional<Case> caseOf(CaseListing listing) {
        Case opened = openedCases.get(listing.id());
        if (opened != null) {
            return Optional.of(opened);
        }
        CaseLibrary loaded = library;
        return loaded == null ? Optional.empty() : loaded.find(listing.id());
    }

    /**
     * Plays {@code caseData}: where it was left if it is in progress (in this run, or saved in
     * the data folder by an earlier one), else from the briefing.
     */
    public void openCase(Case caseData) {
        currentCase = caseData;
        // The lesson plan decides which scenarios are played: the play-through gets the case cut to it.
        Case played = lessonChoice(caseData).apply(caseData);
        Optional<PlayViewModel> live = progress.live(caseData.id());
        PlayViewModel frame;
        if (live.isPresent() && live.get().getPlay().caseData().equals(played)) {
            frame = live.get();
        } else {
            // A pack opened again from its file, or another lesson plan: the answers carry over.
            Optional<PlayProgress> saved = live.map(old -> old.progress(Instant.now()))
                    .or(() -> progress.saved(caseData.id()));
            frame = newFrame(played, saved);
        }
        showPlay(frame);
    }

    /** Plays {@code caseData} from the briefing, its progress forgotten (Start again, already confirmed). */
    private void startAgain(Case caseData) {
        currentCase = caseData;
        progress.forget(caseData.id());
        showPlay(newFrame(lessonChoice(caseData).apply(caseData), Optional.empty()));
    }

    private PlayViewModel newFrame(Case caseData, Optional<PlayProgress> saved) {
        CasePages pages = casePages();
        ScenarioScorer scorer = new ScenarioScorer(caseData);
        if (saved.isEmpty()) {
            return new PlayViewModel(new PlayThrough(scorer), pages::createStep, localization);
        }
        PlayThrough.Restored restored = PlayThrough.restore(scorer, saved.get());
        if (!restored.dropped().isEmpty()) {
            status.warn(localization.get("status.progressDropped", restored.dropped().size()));
        }
        return new PlayViewModel(restored.play(), pages::createStep, localization, saved.get().step());
    }

    private void showPlay(PlayViewModel frame) {
        Case caseData = frame.getPlay().caseData();
        boolean continued = frame.getStep().index() > 0 || frame.getPlay().checkedCount() > 0;
        CasePages pages = casePages();
        // Back (the header's, Alt+Left) goes one step back within the case; from the briefing it leaves.
        navigator.goTo(new Navigator.Page(PLAY_PAGE, caseData.title(),
                () -> viewLoader.load(PlayView.class, () -> new PlayView(frame, pages)).root(), frame::back));
        shownPlay = frame;
        if (progress.live(caseData.id()).orElse(null) != frame) {
            progress.track(frame);
        }
        status.info(continued ? localization.get("status.caseContinued", caseData.title())
                : localization.get("status.caseOpened", caseData.title()));
    }

    /** What the start page's case cards do. */
    private final class CaseCards implements StartViewModel.CaseActions {
        @Override
        public void open(CaseListing listing) {
            caseOf(listing).ifPresent(MainWindow.this::openCase);
        }

        @Override
        public void startAgain(CaseListing listing) {
            caseOf(listing).ifPresent(MainWindow.this::startAgain);
        }

        @Override
        public void remove(CaseListing listing) {
            removeCasePack(listing);
        }
    }

    /**
     * Opens presenter mode for the current (or built-in) case on a full-screen stage of its own,
     * with that case's class where it was left.
     */
    public void startPresenter() {
        withCase(caseData -> presenterMode.open(lessonChoice(caseData).apply(caseData)));
    }

    /** Continues a class saved in the class history in presenter mode. */
    private void continueClass(ClassSession session) {
        findCase(session.caseId()).ifPresentOrElse(caseData -> presenterMode.continueClass(caseData, session),
                () -> status.warn(localization.get("history.continue.noCase", session.caseId())));
    }

    /** The lesson plan of {@code caseData}: the one chosen, if it still fits the case, else the whole case. */
    LessonChoice lessonChoice(Case caseData) {
        LessonChoice chosen = lessonChoices.get(caseData.id());
        return chosen != null && !chosen.scenarios(caseData).isEmpty() ? chosen : LessonChoice.wholeCase(caseData);
    }

    /**
     * View &gt; Lesson plan: chooses which scenarios {@code caseData} plays. A case open with
     * nothing answered yet starts again at once with the new plan; one with answers keeps them and
     * plays the new plan when it is started again.
     */
    private void chooseLessonPlan(Case caseData) {
        LessonPlanViewModel plan = new LessonPlanViewModel(caseData, lessonChoice(caseData), localization,
                choice -> lessonChoices.put(caseData.id(), choice));
        Parent content = viewLoader.load(LessonPlanView.class, () -> new LessonPlanView(plan)).root();
        dialogs.showView(localization.get("lessonPlan.title"), content);
        LessonChoice chosen = lessonChoice(caseData);
        String described = LessonPlanViewModel.describe(caseData, chosen, localization);
        String title = caseData.title().in(localization.getLocale());
        relist(caseData, chosen);
        Navigator.Page page = navigator.currentProperty().get();
        boolean open = shownPlay != null && page != null && PLAY_PAGE.equals(page.id())
                && shownPlay.getPlay().caseData().id().equals(caseData.id());
        if (open && shownPlay.getPlay().checkedCount() > 0) {
            status.info(localization.get("lessonPlan.changedLater", title, described));
            return;
        }
        if (open && !shownPlay.getPlay().scenarios().equals(chosen.scenarios(caseData))) {
            navigator.back();
            openCase(caseData);
        }
        status.info(localization.get("lessonPlan.changed", title, described));
    }

    /** The start page's card of {@code caseData} counts the scenarios its lesson plan plays. */
    private void relist(Case caseData, LessonChoice chosen) {
        if (start == null) {
            return;
        }
        start.getCases().stream().filter(listing -> listing.id().equals(caseData.id())).findFirst()
                .ifPresent(listing -> start.addListing(new CaseListing(listing.id(), listing.title(),
                        listing.summary(), chosen.scenarios(caseData).size(), listing.origin())));
    }

    /** The presenter's stage while presenter mode is open, for tests. */
    public java.util.Optional<Stage> presenterStage() {
        return presenterMode.stage();
    }

    private void removeLeftoverResults() {
        try {
            results.removeLeftovers();
        } catch (IOException e) {
            Platform.runLater(() -> status.warn(localization.get("status.resultsCleanupFailed",
                    results.file().getParent())));
        }
    }

    /**
     * Runs {@code action} on the JavaFX thread with the current case, or else the built-in Amazon
     * case, reading the built-in packs on the I/O thread if they have not been read yet.
     */
    private void withCase(Consumer<Case> action) {
        if (currentCase != null) {
            action.accept(currentCase);
            return;
        }
        CaseLibrary loaded = library;
        if (loaded != null) {
            action.accept(loaded.require(CaseLibrary.AMAZON_2018));
            return;
        }
        io.execute(() -> {
            try {
                CaseLibrary read = builtInCases.get();
                library = read;
                Case amazon = read.require(CaseLibrary.AMAZON_2018);
                Platform.runLater(() -> action.accept(amazon));
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.warn(localization.get("status.casesFailed", FailureText.of(e, localization))));
            }
        });
    }

    private java.util.Optional<Case> findCase(String caseId) {
        CaseLibrary loaded = library;
        if (currentCase != null && currentCase.id().equals(caseId)) {
            return java.util.Optional.of(currentCase);
        }
        if (openedCases.containsKey(caseId)) {
            return java.util.Optional.of(openedCases.get(caseId));
        }
        return loaded == null ? java.util.Optional.empty() : loaded.find(caseId);
    }

    private PlayServices services() {
        return new PlayServices(dialogs, status, links, io, Platform::runLater);
    }

    /**
     * The pages of a case being played. Its briefing says which lesson plan the case is played
     * with and lets the teacher change it.
     */
    private CasePages casePages() {
        return new CasePages(viewLoader, localization, services(), played -> findCase(played.id()).map(caseData ->
                new BriefingViewModel.LessonPlanLine(localization.get("lessonPlan.briefing",
                        LessonPlanViewModel.describe(caseData, LessonChoice.playedIn(caseData, played), localization)),
                        () -> chooseLessonPlan(caseData))));
    }

    /** Loads the case pack at {@code file} in the background, as File &gt; Open case pack does once a file is chosen. */
    public void openCasePack(Path file) {
        packOpener.open(file);
    }

    /**
     * Puts an opened case into the start page's list, replacing a listed case with the same id, and
     * remembers its file so that it is listed again at the next start.
     */
    private Optional<String> shelve(OpenedPack pack) {
        Case caseData = pack.caseData();
        openedCases.put(caseData.id(), caseData);
        String file = pack.file().toAbsolutePath().toString();
        String previous = openedFiles.put(caseData.id(), file);
        Preferences remembered = preferences.current();
        if (previous != null && !previous.equals(file)) {
            remembered = remembered.withoutCasePack(previous);
        }
        preferences.update(remembered.withCasePack(file));
        String fileName = pack.file().getFileName().toString();
        Localizable origin = locale -> Messages.ui().get(locale, "casepack.fromFile", fileName);
        return start.addListing(new CaseListing(caseData.id(), caseData.title(), caseData.summary(),
                        caseData.scenarios().size(), origin, true))
                .map(replaced -> replaced.title().in(localization.getLocale()));
    }

    /** Lists again the case packs opened in earlier runs (in the background, quietly). */
    private void reopenCasePacks() {
        for (String file : preferences.current().casePacks()) {
            packOpener.reopen(Path.of(file), gone -> preferences.update(
                    preferences.current().withoutCasePack(gone.toAbsolutePath().toString())));
        }
    }

    /** Takes a pack opened from a file off the start page's list; a built-in case it replaced comes back. */
    private void removeCasePack(CaseListing listing) {
        openedCases.remove(listing.id());
        String file = openedFiles.remove(listing.id());
        if (file != null) {
            preferences.update(preferences.current().withoutCasePack(file));
        }
        CaseLibrary loaded = library;
        if (loaded != null) {
            loaded.find(listing.id()).ifPresent(builtIn -> start.restoreListing(listing(builtIn)));
        }
        if (currentCase != null && currentCase.id().equals(listing.id())) {
            currentCase = loaded == null ? null : loaded.find(listing.id()).orElse(null);
        }
        status.info(localization.get("casepack.removed", listing.title().in(localization.getLocale())));
    }

    private void showPackProblems(PackProblemsViewModel problems) {
        Parent content = viewLoader.load(PackProblemsView.class, () -> new PackProblemsView(problems)).root();
        dialogs.showView(problems.title(), content);
    }

    /** The app's version, from the build. */
    public static String version() {
        return readVersion();
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = Resources.require(MainWindow.class, "version.properties").openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "?");
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

    public Localization localization() {
        return localization;
    }

    public Appearance appearance() {
        return appearance;
    }

    public Navigator navigator() {
        return navigator;
    }

    private final class ShellRoutes implements ShellViewModel.Routes {
        @Override
        public void showAbout() {
            CaseLibrary loaded = library;
            List<String> sources = loaded == null ? List.of() : loaded.cases().stream()
                    .flatMap(c -> c.sources().stream())
                    .map(s -> s.date().map(d -> s.name() + " (" + d + "): " + s.address())
                            .orElse(s.name() + ": " + s.address()))
                    .distinct()
                    .toList();
            AboutViewModel about = new AboutViewModel(version, sources);
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
                    "*.json").ifPresent(MainWindow.this::openCasePack);
        }

        @Override
        public void quit() {
            if (quitGuard.mayQuit()) {
                stage.close();
            }
        }

        @Override
        public void showExplorer() {
            withCase(caseData -> {
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
            withCase(MainWindow.this::chooseLessonPlan);
        }

        @Override
        public void showHistory() {
            HistoryViewModel history = new HistoryViewModel(results, MainWindow.this::findCase, localization,
                    services(), java.time.ZoneId.systemDefault(), MainWindow.this::continueClass);
            navigator.goTo(new Navigator.Page("history", locale -> Messages.ui().get(locale, "history.title"),
                    () -> viewLoader.load(HistoryView.class, () -> new HistoryView(history)).root()));
            history.load();
        }
    }
}
