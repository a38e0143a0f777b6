package org.leaklab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.session.LessonChoice;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.play.CasePages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.PlayView;
import org.leaklab.ui.play.PlayViewModel;
import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.scoring.ScenarioScorer;
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
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
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
import org.leaklab.ui.presenter.PresenterDefaults;
import org.leaklab.ui.presenter.PresenterView;
import org.leaklab.ui.presenter.PresenterViewModel;
import org.leaklab.ui.presenter.TeamGame;
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
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** The header logo: shown at most about 120 px tall (at the largest text size), so 128 px is enough. */
    private static final String LOGO = "/org/leaklab/assets/icons/leaklab-128.png";
    static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");

    private final Stage stage;
    private final Localization localization;
    private final Appearance appearance;
    private final Navigator navigator = new Navigator();
    private final StatusMessages status = new StatusMessages();
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
    private Stage presenter;
    /** A class session whose last save failed; presenter mode picks it up again. */
    private TeamGame unsavedGame;
    /** Cases opened from files, by id; they take precedence over built-in cases with the same id. */
    private final Map<String, Case> openedCases = new HashMap<>();
    /** The lesson plan chosen for each case, by id; a case without one plays whole. */
    private final Map<String, LessonChoice> lessonChoices = new HashMap<>();
    /** The frame of the case being played, if one is open. */
    private PlayViewModel playing;
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
        this.builtInCases = preload == null ? CaseLibrary::builtIn : preload.builtInCases();
        this.readCases = preload == null ? Optional::empty : preload::builtInCasesIfRead;
        this.io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "leaklab-io");
            thread.setDaemon(true);
            return thread;
        });
        PreferencesStore store = new PreferencesStore(directories.config());
        PreferencesStore.LoadResult loaded = preload == null ? store.load() : preload.preferences(store);
        Preferences prefs = loaded.preferences();
        this.localization = new Localization(prefs.locale(Locale.getDefault()));
        this.appearance = new Appearance(prefs.theme(), prefs.scale());
        this.preferences = new PreferencesKeeper(store, prefs, io, e -> Platform.runLater(
                () -> status.warn(localization.get("status.preferencesNotSaved", describe(e)))));
        this.viewLoader = new ViewLoader(localization);
        this.dialogs = new FxDialogService(() -> stage, appearance, localization);
        // Decoded by JavaFX in the background while the window is built; the header shows it when done.
        this.logo = new Image(Resources.requireExternal(MainWindow.class, LOGO), true);
        this.version = readVersion();
        this.results = new ResultsStore(directories.data());
        // First job of the I/O thread, so it runs before anything writes results.
        io.execute(this::removeLeftoverResults);
        this.shellViewModel = new ShellViewModel(navigator, localization, appearance, status, new ShellRoutes());

        loaded.problem().ifPresentOrElse(
                problem -> status.warn(localization.get("status.preferencesBroken", problem.keptAs(), problem.detail())),
                () -> status.info(localization.get("status.ready")));
    }

    /**
     * Builds the main window on {@code stage} and shows it.
     *
     * @param directories where preferences and results live
     * @param links       opens web addresses in the system browser
     */
    public static MainWindow open(Stage stage, AppDirectories directories, PlayServices.LinkOpener links) {
        return open(stage, directories, links, null);
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
                this::openCase);
        packOpener = new CasePackOpener(CaseLibrary::loadFile, io, Platform::runLater, localization, status,
                this::shelve, this::showPackProblems);
        start.loadFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                status.warn(localization.get("status.casesFailed", describe(failure)));
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

        // The scene starts at the window's size: without one, showing the window would first lay
        // out the whole page at its preferred size, only to lay it out again at the window's.
        Rectangle2D size = windowSize(preferences.current().window());
        Scene scene = new Scene(loadShell(), size.getWidth(), size.getHeight());
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
        placeWindow(preferences.current().window());

        localization.localeProperty().addListener((obs, old, now) -> {
            preferences.update(preferences.current().withLanguage(now));
            // Let the control that changed the language finish its event before it is replaced.
            Platform.runLater(this::renderAgain);
        });
        appearance.themeProperty().addListener((obs, old, now) ->
                preferences.update(preferences.current().withTheme(now)));
        appearance.scaleProperty().addListener((obs, old, now) ->
                preferences.update(preferences.current().withScale(now.doubleValue())));
        stage.setOnHidden(event -> close());
        StartupTrace.step("window placed, showing it");
        stage.show();
        // Not on the first screen, so done right after it (after the frame is laid out, so it is
        // not delayed): the menus' items, the window icons, the other language's texts.
        afterFirstFrame(() -> Platform.runLater(() -> {
            fillMenus();
            loadWindowIcons();
            io.execute(MainWindow::readAllLanguages);
        }));
    }

    /** Runs {@code action} once, right after the first frame of the window has been laid out. */
    private void afterFirstFrame(Runnable action) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
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

    /** Renders the shell and the current page again, e.g. in a newly chosen language. */
    private void renderAgain() {
        shellView.dispose();
        navigator.refresh();
        stage.getScene().setRoot(loadShell());
        fillMenus();
        updateTitle();
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

    /** The size the window opens with: the remembered one if it is on a screen, else the default. */
    private static Rectangle2D windowSize(Preferences.WindowBounds bounds) {
        return onScreen(bounds) ? new Rectangle2D(0, 0, bounds.width(), bounds.height()) : defaultSize();
    }

    /** 1280 x 800, or the screen's free area if that is smaller. */
    private static Rectangle2D defaultSize() {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        return new Rectangle2D(0, 0, Math.min(DEFAULT_WIDTH, visible.getWidth()), Math.min(DEFAULT_HEIGHT, visible.getHeight()));
    }

    private static boolean onScreen(Preferences.WindowBounds bounds) {
        return bounds != null
                && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
    }

    private void placeWindow(Preferences.WindowBounds bounds) {
        if (onScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
            return;
        }
        Rectangle2D size = defaultSize();
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.centerOnScreen();
    }

    private void close() {
        if (presenter != null) {
            presenter.close(); // saves the class session before the I/O thread stops
        }
        Preferences.WindowBounds bounds = new Preferences.WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized());
        preferences.saveNow(preferences.current().withWindow(bounds));
        io.shutdown();
    }

    /** Runs on the I/O thread: reads the built-in packs once and lists them. */
    private List<CaseListing> listCases() {
        return listings(builtInCases.get());
    }

    private List<CaseListing> listings(CaseLibrary library) {
        this.library = library;
        Localizable builtIn = locale -> Messages.ui().get(locale, "start.case.builtIn");
        return library.cases().stream()
                .map(c -> new CaseListing(c.id(), c.title(), c.summary(), c.scenarios().size(), builtIn))
                .toList();
    }

    private void openCase(CaseListing listing) {
        Case opened = openedCases.get(listing.id());
        if (opened != null) {
            openCase(opened);
            return;
        }
        CaseLibrary loaded = library;
        if (loaded == null) {
            return; // the list is only clickable once the library has been read
        }
        openCase(loaded.require(listing.id()));
    }

    /** Starts playing {@code caseData}: briefing, scenarios, summary. */
    public void openCase(Case caseData) {
        currentCase = caseData;
        PlayServices services = new PlayServices(dialogs, status, links, io, Platform::runLater);
        // The briefing says which lesson plan the case is played with and lets the teacher change it.
        CasePages pages = new CasePages(viewLoader, localization, services, played -> Optional.of(
                new BriefingViewModel.LessonPlanLine(localization.get("lessonPlan.briefing",
                        LessonPlanViewModel.describe(caseData, LessonChoice.playedIn(caseData, played), localization)),
                        () -> chooseLessonPlan(caseData))));
        // The lesson plan decides which scenarios are played: the play-through gets the case cut to it.
        PlayViewModel play = new PlayViewModel(new PlayThrough(lessonChoice(caseData).apply(caseData)),
                pages::createStep, localization);
        playing = play;
        navigator.goTo(new Navigator.Page("play", caseData.title(),
                () -> viewLoader.load(PlayView.class, () -> new PlayView(play, pages)).root()));
        status.info(localization.get("status.caseOpened", caseData.title()));
    }

    /** Opens presenter mode for the current (or built-in) case on a full-screen stage of its own. */
    public void startPresenter() {
        withCase(this::openPresenter);
    }

    private void openPresenter(Case caseData) {
        if (presenter != null) {
            presenter.toFront();
            return;
        }
        Stage window = new Stage();
        window.initOwner(stage);
        // Its own scale, so the main window keeps the teacher's size; the theme follows the app's.
        Appearance look = new Appearance(appearance.getTheme(), PresenterDefaults.SCALE);
        javafx.beans.value.ChangeListener<org.leaklab.settings.Theme> themeFollower =
                (obs, old, now) -> look.setTheme(now);
        appearance.themeProperty().addListener(themeFollower);
        // A class whose last save failed is still in memory: carry on with it (and its lesson plan), so
        // its answers are not lost. Else the lesson plan decides what is presented, entered and saved.
        boolean resume = unsavedGame != null && unsavedGame.caseData().id().equals(caseData.id());
        Case presented = resume ? unsavedGame.caseData() : lessonChoice(caseData).apply(caseData);
        ScenarioScorer scorer = new ScenarioScorer(presented);
        TeamGame game = resume ? unsavedGame : TeamGame.start(presented, scorer, localization, results, services());
        unsavedGame = null;
        PresenterViewModel model = new PresenterViewModel(presented, scorer, localization, look, window::close, game);
        java.util.function.Supplier<Parent> render =
                () -> viewLoader.load(PresenterView.class, () -> new PresenterView(model)).root();
        Scene scene = new Scene(render.get(), 1920, 1080);
        look.install(scene);
        javafx.beans.value.ChangeListener<Locale> languageFollower =
                (obs, old, now) -> Platform.runLater(() -> scene.setRoot(render.get()));
        localization.localeProperty().addListener(languageFollower);
        window.setScene(scene);
        window.setTitle(localization.get("presenter.window.title"));
        // The main window decodes its icons in the background: follow them, also when they come later.
        javafx.beans.binding.Bindings.bindContent(window.getIcons(), stage.getIcons());
        // Escape belongs to the presenter (it closes the help first), so full screen has no exit key of its own.
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setFullScreenExitHint("");
        window.setFullScreen(true);
        window.setOnHidden(event -> {
            appearance.themeProperty().removeListener(themeFollower);
            localization.localeProperty().removeListener(languageFollower);
            presenter = null;
            // Saved when presenter mode ends; a failed save keeps the class for the next presenter mode.
            game.save(() -> {
                if (game.isUnsaved()) {
                    unsavedGame = game;
                }
            });
        });
        presenter = window;
        window.show();
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
        boolean open = playing != null && page != null && "play".equals(page.id())
                && playing.getPlay().caseData().id().equals(caseData.id());
        if (open && playing.getPlay().checkedCount() > 0) {
            status.info(localization.get("lessonPlan.changedLater", title, described));
            return;
        }
        if (open && !playing.getPlay().scenarios().equals(chosen.scenarios(caseData))) {
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
        return java.util.Optional.ofNullable(presenter);
    }

    private void removeLeftoverResults() {
        try {
            results.removeLeftovers();
        } catch (IOException e) {
            Platform.runLater(() -> status.warn(localization.get("status.resultsCleanupFailed", describe(e))));
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
                Platform.runLater(() -> status.warn(localization.get("status.casesFailed", describe(e))));
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

    /** Loads the case pack at {@code file} in the background, as File &gt; Open case pack does once a file is chosen. */
    public void openCasePack(Path file) {
        packOpener.open(file);
    }

    /** Puts an opened case into the start page's list, replacing a listed case with the same id. */
    private Optional<String> shelve(OpenedPack pack) {
        Case caseData = pack.caseData();
        openedCases.put(caseData.id(), caseData);
        String fileName = pack.file().getFileName().toString();
        Localizable origin = locale -> Messages.ui().get(locale, "casepack.fromFile", fileName);
        return start.addListing(new CaseListing(caseData.id(), caseData.title(), caseData.summary(),
                        caseData.scenarios().size(), origin))
                .map(replaced -> replaced.title().in(localization.getLocale()));
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

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
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
            stage.close();
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
                    services(), java.time.ZoneId.systemDefault());
            navigator.goTo(new Navigator.Page("history", locale -> Messages.ui().get(locale, "history.title"),
                    () -> viewLoader.load(HistoryView.class, () -> new HistoryView(history)).root()));
            history.load();
        }
    }
}
