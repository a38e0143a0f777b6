package org.leaklab.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.leaklab.i18n.Localizable;
import org.leaklab.model.Case;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.Theme;
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.classnet.RoomServers;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.presenter.PresenterDefaults;
import org.leaklab.ui.presenter.PresenterView;
import org.leaklab.ui.presenter.PresenterViewModel;
import org.leaklab.ui.presenter.TeamGame;

/**
 * Presenter mode's full-screen window and the classes it keeps. Leaving presenter mode never
 * loses a class: each case keeps its presenter (slide, teams, answers, what was revealed) while
 * LeakLab runs, F5 comes back to it, and a class saved earlier can be continued from the class
 * history. A new class starts only from the presenter's own button, once the old one is saved.
 */
final class PresenterMode {
    private final Stage owner;
    private final Localization localization;
    private final Appearance appearance;
    private final ViewLoader viewLoader;
    private final ResultsStore results;
    private final Supplier<PlayServices> services;
    private final BackgroundWork work;
    /** One presenter per case id, kept when presenter mode closes. */
    private final Map<String, PresenterViewModel> classes = new HashMap<>();
    private Stage window;
    /** The class on the projector while presenter mode is open. */
    private PresenterViewModel shown;

    PresenterMode(Stage owner, Localization localization, Appearance appearance, ViewLoader viewLoader,
                  ResultsStore results, Supplier<PlayServices> services, BackgroundWork work) {
        this.owner = Objects.requireNonNull(owner);
        this.localization = Objects.requireNonNull(localization);
        this.appearance = Objects.requireNonNull(appearance);
        this.viewLoader = Objects.requireNonNull(viewLoader);
        this.results = Objects.requireNonNull(results);
        this.services = Objects.requireNonNull(services);
        this.work = Objects.requireNonNull(work);
    }

    /** Opens presenter mode for {@code caseData}: its class where it was, or a new one. */
    void open(Case caseData) {
        if (window != null) {
            window.toFront();
            return;
        }
        PresenterViewModel kept = classes.get(caseData.id());
        if (kept != null && !kept.caseData().equals(caseData)) {
            classes.put(caseData.id(), carriedOver(kept, caseData));
        }
        show(classes.computeIfAbsent(caseData.id(), id -> create(caseData)));
    }

    /**
     * The class of {@code kept} on {@code caseData}, a pack opened again with other content: the
     * same teams and answers on the case as it is now. A class with answers only in memory stays
     * as it was, on its case, until it is saved.
     */
    private PresenterViewModel carriedOver(PresenterViewModel kept, Case caseData) {
        TeamGame game = kept.teams();
        if (game.isUnsaved()) {
            return kept;
        }
        return game.session().map(session -> continuing(caseData, session))
                .orElseGet(() -> create(caseData));
    }

    private PresenterViewModel continuing(Case caseData, ClassSession session) {
        ScenarioScorer scorer = new ScenarioScorer(caseData);
        TeamGame game = TeamGame.continuing(caseData, scorer, localization, results, services.get(), session);
        return PresenterViewModel.continuing(caseData, scorer, localization, ownLook(), this::close, game,
                classNetwork(scorer, game));
    }

    /**
     * Continues a class saved earlier: the kept presenter if it is that class (it may hold more
     * than the file), else the saved session on its last scenario played.
     */
    void continueClass(Case caseData, ClassSession session) {
        PresenterViewModel kept = classes.get(caseData.id());
        boolean same = kept != null && kept.teams().sessionId().equals(session.id());
        if (!same) {
            kept = continuing(caseData, session);
            classes.put(caseData.id(), kept);
        }
        if (window != null && shown != kept) {
            // It shows another class: closing saves that one (a failed save stays in the results store's memory).
            window.close();
        }
        if (window != null) {
            window.toFront();
            return;
        }
        show(kept);
    }

    /** The class on the projector while presenter mode is open, to be saved once more before quitting. */
    Optional<ClassSession> shownSession() {
        return Optional.ofNullable(shown).map(PresenterViewModel::teams).flatMap(TeamGame::session);
    }

    /** The presenter's stage while presenter mode is open. */
    Optional<Stage> stage() {
        return Optional.ofNullable(window);
    }

    /** Closes presenter mode; its class is kept and saved. */
    void close() {
        if (window != null) {
            window.close();
        }
    }

    /** The badge's few words while results are only in memory; empty once everything is saved. */
    private static Optional<Localizable> headline(ResultsStore.SaveState state) {
        return state.isSafe() ? Optional.empty() : state.problem().map(FileProblems::headline);
    }

    private PresenterViewModel create(Case caseData) {
        ScenarioScorer scorer = new ScenarioScorer(caseData);
        TeamGame game = TeamGame.start(caseData, scorer, localization, results, services.get());
        return new PresenterViewModel(caseData, scorer, localization, ownLook(), this::close, game,
                classNetwork(scorer, game));
    }

    /** The class's network: closed until the teacher opens it, a room with the class's teams when it opens. */
    private ClassNetworkViewModel classNetwork(ScenarioScorer scorer, TeamGame game) {
        return new ClassNetworkViewModel(new RoomServers(scorer, () -> game.hasTeams() ? game.teams() : List.of()),
                services.get().newWork(), localization);
    }

    /**
     * The command line's {@code --class-address}: opens the class network of the class on the
     * projector on {@code address} and writes its join address to {@code out}, once, as
     * {@code CLASS_URL=...} (for scripts); should it fail, the failure card says why and
     * {@code CLASS_FAILED=} and the reason go to {@code err}.
     */
    void openClassNetwork(ClassAddress address, java.io.PrintStream out, java.io.PrintStream err) {
        if (shown == null) {
            return;
        }
        ClassNetworkViewModel network = shown.classNetwork();
        ChangeListener<ClassNetworkViewModel.State> announce = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ClassNetworkViewModel.State> obs,
                                ClassNetworkViewModel.State old, ClassNetworkViewModel.State now) {
                if (now == ClassNetworkViewModel.State.OPEN) {
                    out.println("CLASS_URL=" + network.joinUrlProperty().get());
                    out.flush();
                } else if (now == ClassNetworkViewModel.State.FAILED) {
                    err.println("CLASS_FAILED=" + network.failure().map(Enum::name).orElse(""));
                }
                network.stateProperty().removeListener(this);
            }
        };
        network.stateProperty().addListener(announce);
        network.openOn(address.address(), address.port());
    }

    /** Its own scale, so the main window keeps the teacher's size; the theme follows the app's while shown. */
    private Appearance ownLook() {
        return new Appearance(appearance.getTheme(), PresenterDefaults.SCALE);
    }

    private void show(PresenterViewModel model) {
        model.resume();
        Stage stage = new Stage();
        stage.initOwner(owner);
        Appearance look = model.appearance();
        look.setTheme(appearance.getTheme());
        ChangeListener<Theme> themeFollower = (obs, old, now) -> look.setTheme(now);
        appearance.themeProperty().addListener(themeFollower);
        Supplier<Parent> render = () -> viewLoader.load(PresenterView.class, () -> new PresenterView(model, viewLoader)).root();
        Scene scene = new Scene(render.get(), 1920, 1080);
        // Applied by listeners removed again on closing: the look outlives this window, for the next one.
        javafx.beans.InvalidationListener restyle = obs -> look.applyTo(scene);
        look.themeProperty().addListener(restyle);
        look.scaleProperty().addListener(restyle);
        scene.rootProperty().addListener(restyle);
        look.applyTo(scene);
        ChangeListener<Locale> languageFollower = (obs, old, now) -> Platform.runLater(() -> scene.setRoot(render.get()));
        localization.localeProperty().addListener(languageFollower);
        stage.setScene(scene);
        stage.setTitle(localization.get("presenter.window.title"));
        // The main window decodes its icons in the background: follow them, also when they come later.
        Bindings.bindContent(stage.getIcons(), owner.getIcons());
        // Escape belongs to the presenter (it steps out one layer at a time), so full screen has no exit key of its own.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnHidden(event -> {
            appearance.themeProperty().removeListener(themeFollower);
            look.themeProperty().removeListener(restyle);
            look.scaleProperty().removeListener(restyle);
            localization.localeProperty().removeListener(languageFollower);
            window = null;
            shown = null;
            // Nothing listens once presenter mode closes: the server stops and the room is erased.
            model.classNetwork().close();
            // Saved whenever presenter mode closes; a failed save keeps the class in memory, in its presenter.
            model.teams().save();
        });
        // The corner badge follows whether the results are saved, while presenter mode is open.
        model.resultsProblem(headline(results.saveState()));
        java.util.function.Consumer<ResultsStore.SaveState> saveFollower =
                work.onFxThread(state -> model.resultsProblem(headline(state)));
        results.addSaveListener(saveFollower);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> results.removeSaveListener(saveFollower));
        window = stage;
        shown = model;
        stage.show();
    }
}
