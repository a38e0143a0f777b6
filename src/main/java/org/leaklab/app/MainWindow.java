package org.leaklab.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
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
import org.leaklab.model.Case;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesKeeper;
import org.leaklab.ui.casepack.CasePackDrop;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Focus;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.common.QuitGuard;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.common.ZoomKey;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.play.ProgressKeeper;
import org.leaklab.ui.shell.ShellMenusView;
import org.leaklab.ui.shell.ShellView;
import org.leaklab.ui.shell.ShellViewModel;
import org.leaklab.ui.start.StartView;
import org.leaklab.ui.start.StartViewModel;

/**
 * The main window, the wiring only: takes its services from {@link AppServices}, builds the
 * shell and the start page on them, and keeps them in step when the language, theme or scale
 * changes. What the pages do lives elsewhere: the cases in {@link CaseCatalogue}, playing one in
 * {@link CasePlayer}, the menus' targets in {@link ShellRoutes}, presenter mode in
 * {@link PresenterMode}, where the window opens in {@link WindowPlacement}.
 */
public final class MainWindow implements ScreenWalk.Target {
    private final Stage stage;
    private final AppServices services;
    private final Localization localization;
    private final Appearance appearance;
    private final StatusMessages status;
    private final ViewLoader viewLoader;
    private final Navigator navigator = new Navigator();
    private final Image logo;
    private final ShellViewModel shellViewModel;
    private ShellView shellView;
    /** Presenter mode's window and the classes it keeps while LeakLab runs. */
    private final PresenterMode presenterMode;
    private final CaseCatalogue catalogue;
    private final CasePlayer player;

    private MainWindow(Stage stage, AppDirectories directories, PlayServices.LinkOpener links,
                       StartupPreload preload) {
        this.stage = stage;
        this.services = AppServices.start(stage, directories, links, preload);
        this.localization = services.localization();
        this.appearance = services.appearance();
        this.status = services.status();
        this.viewLoader = services.viewLoader();
        this.logo = AppIcons.logo();
        this.catalogue = new CaseCatalogue(preload, services.preferences(), localization, status, viewLoader,
                services.dialogs(), services.io(), Platform::runLater);
        this.player = new CasePlayer(catalogue, services.progress(), navigator, viewLoader, localization, status,
                services.dialogs(), services::playServices);
        this.presenterMode = new PresenterMode(stage, localization, appearance, viewLoader, services.results(),
                services::playServices, services.work());
        services.quitGuard().add(new QuitWithUnsavedResults(services.results(), presenterMode::shownSession,
                services.dialogs(), localization, status, ZoneId.systemDefault()));
        this.shellViewModel = new ShellViewModel(navigator, localization, appearance, status,
                new ShellRoutes(services, navigator, catalogue, player, stage, this::startPresenter, this::continueClass));
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
        StartViewModel start = new StartViewModel(localization, appearance, catalogue::listBuiltIn, services.io(),
                Platform::runLater, player, services.progress().progress(), services.dialogs());
        catalogue.listOn(start);
        navigator.start(new Navigator.Page("start", null,
                () -> viewLoader.load(StartView.class, () -> new StartView(start)).root()));
        StartupTrace.step("start page built");
        if (!start.isListed()) {
            start.loadCases();
        }
        // After the leftovers are gone (the I/O thread's first job): the cases in progress get "Continue".
        services.progress().load();

        // The scene starts at the window's size: without one, showing the window would first lay
        // out the whole page at its preferred size, only to lay it out again at the window's.
        PreferencesKeeper preferences = services.preferences();
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
            if (!services.quitGuard().mayQuit()) {
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
            AppIcons.loadInto(stage, services.work());
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
        services.work().run(() -> localization.languages().stream().map(Messages.ui()::bundle).toList(), read -> { },
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
        services.close(WindowPlacement.of(stage));
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

    /**
     * Opens presenter mode as {@link #startPresenter()} does; with {@code classAddress} (the command
     * line's {@code --class-address}), the class network opens on it at once and its join address
     * goes to {@code out} as one line {@code CLASS_URL=...} (a failure to {@code err}, as
     * {@code CLASS_FAILED=} and its reason).
     */
    void startPresenterWithNetwork(Optional<ClassAddress> classAddress, java.io.PrintStream out,
                                   java.io.PrintStream err) {
        catalogue.withCase(caseData -> {
            presenterMode.open(player.played(caseData));
            classAddress.ifPresent(address -> presenterMode.openClassNetwork(address, out, err));
        });
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

    /** The one quit path (File &gt; Quit, Ctrl+Q, the window's close button); other kinds of work join it. */
    public QuitGuard quitGuard() {
        return services.quitGuard();
    }

    /** The cases in progress, for tests. */
    public ProgressKeeper progress() {
        return services.progress();
    }

    /** Where the class results are saved, for tests. */
    ResultsStore results() {
        return services.results();
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
}
