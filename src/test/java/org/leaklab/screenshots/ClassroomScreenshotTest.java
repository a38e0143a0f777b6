package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.PngWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the classroom views (what-if explorer, class history) in English and German, light and
 * high contrast, at 1280x720 and at projector scale at 1920x1080, into target/screenshots/.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ClassroomScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path data = config.resolve("data");
        ResultsStore store = new ResultsStore(data);
        store.save(new ClassSession("a", Instant.parse("2024-03-05T09:15:00Z"), "amazon-2018",
                List.of("Füchse", "Eulen", "Team Kraken"), List.of(
                        new ClassSession.Round("rank-platform", List.of(
                                new ClassSession.TeamAnswer("Füchse", new RankingAnswer(List.of("reviewer-emails",
                                        "sales-stats", "keyword-stats", "review-deletion", "account-reinstatement")), 78),
                                new ClassSession.TeamAnswer("Eulen", new RankingAnswer(List.of("sales-stats",
                                        "reviewer-emails", "keyword-stats", "review-deletion", "account-reinstatement")), 64),
                                new ClassSession.TeamAnswer("Team Kraken", new RankingAnswer(List.of("sales-stats",
                                        "keyword-stats", "reviewer-emails", "account-reinstatement", "review-deletion")), 78))),
                        new ClassSession.Round("estimate-review-deletion", List.of(
                                new ClassSession.TeamAnswer("Füchse", new EstimateAnswer(250), 93),
                                new ClassSession.TeamAnswer("Eulen", new EstimateAnswer(3000), 40),
                                new ClassSession.TeamAnswer("Team Kraken", new EstimateAnswer(300), 100))))));
        store.save(new ClassSession("b", Instant.parse("2024-02-01T10:00:00Z"), "amazon-2018",
                List.of("7a", "7b"), List.of()));
        this.window = MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    @Test
    void explorer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.clickOn("_View");
        robot.clickOn("_What-if explorer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#explorerPage").tryQuery().isPresent());
        // A teacher's experiment: the seller suddenly cares about harm.
        robot.interact(() -> robot.lookup("#weight-harm").queryAs(javafx.scene.control.Slider.class).setValue(0.6));
        robot.interact(() -> robot.lookup("#rank-card-data").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        shootAll(robot, "explorer");
    }

    @Test
    void history(FxRobot robot) throws Exception {
        robot.clickOn("_File");
        robot.clickOn("Class _history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Füchse, Eulen, Team Kraken").tryQuery().isPresent());
        shootAll(robot, "history");
    }

    @Test
    void presenter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.interact(window::startPresenter);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage presenter = window.presenterStage().orElseThrow();
        robot.interact(presenter::requestFocus);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                robot.interact(() -> {
                    window.localization().setLocale(locale);
                    window.appearance().setTheme(theme);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(presenter::requestFocus);
                String suffix = locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
                shootStage(presenter, "presenter-title-" + suffix);
                robot.type(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.RIGHT); // scenario 2, a ranking
                shootStage(presenter, "presenter-ranking-" + suffix);
                robot.type(javafx.scene.input.KeyCode.R);
                shootStage(presenter, "presenter-ranking-revealed-" + suffix);
                for (int i = 0; i < 3; i++) {
                    robot.type(javafx.scene.input.KeyCode.RIGHT); // scenario 5, an estimate
                }
                robot.type(javafx.scene.input.KeyCode.T);
                robot.type(javafx.scene.input.KeyCode.R);
                shootStage(presenter, "presenter-estimate-revealed-" + suffix);
                for (int i = 0; i < 3; i++) {
                    robot.type(javafx.scene.input.KeyCode.RIGHT); // scenario 8, a choice
                }
                shootStage(presenter, "presenter-choice-" + suffix);
                robot.type(javafx.scene.input.KeyCode.R);
                shootStage(presenter, "presenter-choice-revealed-" + suffix);
                robot.type(javafx.scene.input.KeyCode.F1);
                shootStage(presenter, "presenter-help-" + suffix);
                robot.type(javafx.scene.input.KeyCode.ESCAPE);
                for (int i = 0; i < 3; i++) {
                    robot.type(javafx.scene.input.KeyCode.RIGHT); // scenario 11, a decision story
                }
                shootStage(presenter, "presenter-decision-" + suffix);
                robot.type(javafx.scene.input.KeyCode.R);
                shootStage(presenter, "presenter-decision-revealed-" + suffix);
                robot.type(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.RIGHT);
                shootStage(presenter, "presenter-end-" + suffix);
                robot.type(javafx.scene.input.KeyCode.T);
                robot.type(javafx.scene.input.KeyCode.T);
                robot.type(javafx.scene.input.KeyCode.T);
                robot.type(javafx.scene.input.KeyCode.T);
                for (int i = 0; i < 20; i++) {
                    robot.type(javafx.scene.input.KeyCode.LEFT);
                }
                // Hide again what was revealed (scenarios 1, 4, 8 and 11), for the next round of pictures.
                for (int step : new int[] {1, 3, 4, 3}) {
                    for (int i = 0; i < step; i++) {
                        robot.type(javafx.scene.input.KeyCode.RIGHT);
                    }
                    robot.type(javafx.scene.input.KeyCode.R);
                }
                for (int i = 0; i < 20; i++) {
                    robot.type(javafx.scene.input.KeyCode.LEFT);
                }
            }
        }
    }

    private void shootStage(Stage target, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> image.set(target.getScene().getRoot().snapshot(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        PngWriter.write(image.get(), OUT.resolve(String.format(Locale.ROOT, "%s-%dx%d.png", name,
                (int) target.getScene().getWidth(), (int) target.getScene().getHeight())));
    }

    private void shootAll(FxRobot robot, String view) throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            shoot(robot, view, locale, Theme.LIGHT, 1.0, 1280, 720);
            shoot(robot, view, locale, Theme.HIGH_CONTRAST, 1.0, 1280, 720);
            shoot(robot, view, locale, Theme.LIGHT, 1.75, 1920, 1080);
            shoot(robot, view, locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
        }
        shoot(robot, view, Locale.ENGLISH, Theme.DARK, 1.0, 1280, 720);
    }

    private void shoot(FxRobot robot, String view, Locale locale, Theme theme, double scale, int width, int height)
            throws IOException {
        WindowCamera.configure(robot, window, stage, locale, theme, scale, width, height);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // let row animations finish
        WindowCamera.capture(robot, stage.getScene().getRoot(),
                WindowCamera.fileName(view, locale, theme, scale, width, height));
    }
}
