package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Navigator;
import org.leaklab.ui.decision.DecisionViewModel;
import org.leaklab.ui.estimate.EstimateViewModel;
import org.leaklab.ui.choice.ChoiceViewModel;
import org.leaklab.ui.play.AnswerStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the estimate, choice and decision views and their feedback inside the real main window
 * (menu, header, play frame, status line) in English and German, light and high contrast, at
 * 1280x720 and at projector scale 1.75 at 1920x1080, into target/screenshots/.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class AnswerScreenshotTest {

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;
    private AnswerStage app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
        this.app = new AnswerStage(stage, window.localization(), window.appearance());
    }

    private void show(FxRobot robot, String scenarioId, Runnable answer) {
        robot.interact(() -> {
            app.prepare(scenarioId);
            answer.run();
            window.navigator().goTo(new Navigator.Page("play", AnswerStage.AMAZON.title(), app::frame));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String scenarioId, Object answer) {
        app.play.getPlay().submit(scenarioId, (org.leaklab.model.Answer) answer);
        app.play.goTo(AnswerStage.stepOf(scenarioId));
    }

    @Test
    void estimate(FxRobot robot) throws IOException {
        show(robot, "estimate-sales-stats",
                () -> ((EstimateViewModel) app.play.currentQuestion()).typedTextProperty().set("1200"));
        shootAll(robot, "estimate");
        show(robot, "estimate-sales-stats",
                () -> ((EstimateViewModel) app.play.currentQuestion()).typedTextProperty().set("20000"));
        shoot(robot, "estimate-error", Locale.GERMAN, Theme.LIGHT, 1.0, 1280, 720);
    }

    @Test
    void estimateFeedback(FxRobot robot) throws IOException {
        show(robot, "estimate-review-deletion", () -> check("estimate-review-deletion", new EstimateAnswer(50)));
        shootAll(robot, "estimate-feedback");
        show(robot, "estimate-sales-stats", () -> check("estimate-sales-stats", new EstimateAnswer(1200)));
        shoot(robot, "estimate-feedback-range", Locale.ENGLISH, Theme.LIGHT, 1.0, 1280, 720);
    }

    @Test
    void choice(FxRobot robot) throws IOException {
        show(robot, "choice-measures", () -> {
            ChoiceViewModel step = (ChoiceViewModel) app.play.currentQuestion();
            step.toggle("least-privilege");
            step.toggle("customer-passwords");
        });
        shootAll(robot, "choice");
    }

    @Test
    void choiceFeedback(FxRobot robot) throws IOException {
        show(robot, "choice-measures", () -> check("choice-measures",
                new ChoiceAnswer(Set.of("least-privilege", "whistleblower", "customer-passwords"))));
        shootAll(robot, "choice-feedback");
    }

    @Test
    void decision(FxRobot robot) throws IOException {
        show(robot, "decision-employee", () -> ((DecisionViewModel) app.play.currentQuestion()).choose("ignore"));
        shootAll(robot, "decision");
        show(robot, "decision-employee", () -> {
            DecisionViewModel step = (DecisionViewModel) app.play.currentQuestion();
            step.choose("accept");
            step.choose("stop");
        });
        shoot(robot, "decision-ending", Locale.ENGLISH, Theme.LIGHT, 1.0, 1280, 720);
    }

    @Test
    void decisionFeedback(FxRobot robot) throws IOException {
        show(robot, "decision-employee", () -> check("decision-employee", new DecisionAnswer(List.of("accept", "stop"))));
        shootAll(robot, "decision-feedback");
    }

    private void shootAll(FxRobot robot, String view) throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                shoot(robot, view, locale, theme, 1.0, 1280, 720);
                shoot(robot, view, locale, theme, 1.75, 1920, 1080);
            }
        }
    }

    /** Sets the display, waits for it to settle and writes the window's content as a PNG. */
    private void shoot(FxRobot robot, String view, Locale locale, Theme theme, double scale, int width, int height)
            throws IOException {
        WindowCamera.shoot(robot, window, stage, view, locale, theme, scale, width, height);
    }
}
