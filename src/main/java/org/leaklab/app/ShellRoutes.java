package org.leaklab.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.leaklab.i18n.Messages;
import org.leaklab.session.ClassSession;
import org.leaklab.ui.about.AboutView;
import org.leaklab.ui.about.AboutViewModel;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.explorer.ExplorerView;
import org.leaklab.ui.explorer.ExplorerViewModel;
import org.leaklab.ui.guide.TeacherGuideView;
import org.leaklab.ui.guide.TeacherGuideViewModel;
import org.leaklab.ui.history.HistoryView;
import org.leaklab.ui.history.HistoryViewModel;
import org.leaklab.ui.shell.ShellViewModel;
import org.leaklab.ui.shortcuts.ShortcutsView;
import org.leaklab.ui.shortcuts.ShortcutsViewModel;

/** Where the shell's menus and buttons lead: the pages and dialogs of the main window. */
final class ShellRoutes implements ShellViewModel.Routes {
    private final AppServices services;
    private final Navigator navigator;
    private final CaseCatalogue catalogue;
    private final CasePlayer player;
    private final Stage stage;
    private final Runnable presenter;
    private final Consumer<ClassSession> continueClass;

    /**
     * @param presenter     opens presenter mode
     * @param continueClass continues a class of the history in presenter mode
     */
    ShellRoutes(AppServices services, Navigator navigator, CaseCatalogue catalogue, CasePlayer player, Stage stage,
                Runnable presenter, Consumer<ClassSession> continueClass) {
        this.services = Objects.requireNonNull(services);
        this.navigator = Objects.requireNonNull(navigator);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.player = Objects.requireNonNull(player);
        this.stage = Objects.requireNonNull(stage);
        this.presenter = Objects.requireNonNull(presenter);
        this.continueClass = Objects.requireNonNull(continueClass);
    }

    @Override
    public void showAbout() {
        AboutViewModel about = new AboutViewModel(BuildInfo.version(), catalogue.sources());
        Parent content = services.viewLoader().load(AboutView.class, () -> new AboutView(about)).root();
        services.dialogs().showView(services.localization().get("about.title"), content);
    }

    @Override
    public void showShortcuts() {
        ShortcutsViewModel shortcuts = new ShortcutsViewModel();
        navigator.goTo(new Navigator.Page("shortcuts", locale -> Messages.ui().get(locale, "shortcuts.title"),
                () -> services.viewLoader().load(ShortcutsView.class, () -> new ShortcutsView(shortcuts)).root()));
    }

    @Override
    public void showTeacherGuide() {
        TeacherGuideViewModel guide = new TeacherGuideViewModel(TeacherGuideViewModel.GuideSource.builtIn(),
                services.localization(), services.dialogs(), services.status(), services.links()::open,
                services.io(), javafx.application.Platform::runLater,
                Path.of(System.getProperty("java.io.tmpdir"), "leaklab"));
        navigator.goTo(new Navigator.Page("guide", locale -> Messages.ui().get(locale, "guide.title"),
                () -> services.viewLoader().load(TeacherGuideView.class, () -> new TeacherGuideView(guide)).root()));
    }

    @Override
    public void openCasePack() {
        services.dialogs().chooseOpenFile(services.localization().get("casepack.chooserTitle"),
                services.localization().get("casepack.fileType"), "*.json").ifPresent(catalogue::open);
    }

    @Override
    public void quit() {
        if (services.quitGuard().mayQuit()) {
            stage.close();
        }
    }

    @Override
    public void showExplorer() {
        catalogue.withCase(caseData -> {
            ExplorerViewModel explorer = new ExplorerViewModel(caseData, services.localization());
            navigator.goTo(new Navigator.Page("explorer", locale -> Messages.ui().get(locale, "explorer.page"),
                    () -> services.viewLoader().load(ExplorerView.class, () -> new ExplorerView(explorer)).root()));
        });
    }

    @Override
    public void startPresenter() {
        presenter.run();
    }

    @Override
    public void showLessonPlan() {
        catalogue.withCase(player::chooseLessonPlan);
    }

    @Override
    public void showHistory() {
        HistoryViewModel history = new HistoryViewModel(services.results(), catalogue::find, services.localization(),
                services.playServices(), ZoneId.systemDefault(), continueClass);
        navigator.goTo(new Navigator.Page("history", locale -> Messages.ui().get(locale, "history.title"),
                () -> services.viewLoader().load(HistoryView.class, () -> new HistoryView(history)).root()));
        history.load();
    }
}
