package org.leaklab.ui.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.FxDialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;

/**
 * Test harness: the real play frame with the real {@link CasePages} for the Amazon case on a
 * stage, opened at one scenario.
 */
public final class AnswerStage {
    /** The real Amazon case. */
    public static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    public final Localization localization;
    public final Appearance appearance;
    public final List<String> openedLinks = new ArrayList<>();
    public final ViewLoader loader;
    public final CasePages pages;
    public PlayViewModel play;
    private final Stage stage;

    public AnswerStage(Stage stage, Locale locale, Theme theme, double scale) {
        this(stage, new Localization(locale), new Appearance(theme, scale));
    }

    /** A harness sharing the language and appearance of a real main window. */
    public AnswerStage(Stage stage, Localization localization, Appearance appearance) {
        this.stage = stage;
        this.localization = localization;
        this.appearance = appearance;
        this.loader = new ViewLoader(localization);
        PlayServices services = new PlayServices(new FxDialogService(() -> stage, appearance, localization),
                new StatusMessages(), openedLinks::add, Runnable::run, Runnable::run);
        this.pages = new CasePages(loader, localization, services, played -> java.util.Optional.empty());
    }

    /** Index of a scenario in the play frame's steps (briefing is 0). */
    public static int stepOf(String scenarioId) {
        List<Scenario> scenarios = AMAZON.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(scenarioId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(scenarioId);
    }

    /** Shows the play frame at {@code scenarioId}; call on the JavaFX thread. */
    public void open(String scenarioId) {
        play = new PlayViewModel(new PlayThrough(AMAZON), pages::createStep, localization);
        play.goTo(stepOf(scenarioId));
        render();
    }

    /** Prepares the play frame at {@code scenarioId} without showing it (see {@link #frame()}). */
    public void prepare(String scenarioId) {
        play = new PlayViewModel(new PlayThrough(AMAZON), pages::createStep, localization);
        play.goTo(stepOf(scenarioId));
    }

    /** The play frame, loaded afresh from the current view model. */
    public Parent frame() {
        return loader.load(PlayView.class, () -> new PlayView(play, pages)).root();
    }

    /** Loads the frame again from the same view model, as a language switch does. */
    public void render() {
        Parent root = frame();
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
        appearance.applyTo(stage.getScene());
    }

    /** The model's score for the answer checked in {@code scenarioId}, to compare with what is shown. */
    public int modelScore(String scenarioId) {
        Scenario scenario = AMAZON.scenario(scenarioId).orElseThrow();
        Answer answer = play.getPlay().answer(scenarioId).orElseThrow();
        return play.getPlay().scorer().score(scenario, answer).rounded();
    }
}
