package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.PngWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode with teams at 1920x1080, in English and German, light and high contrast: the team
 * form with a problem, teams entering a ranking, the leaderboard and the class consensus after the
 * reveal, teams entering an estimate. Everything is entered with the keyboard, as a teacher would.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class TeamsScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path config;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    @Test
    void teamsInPresenterMode(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.interact(window::startPresenter);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage presenter = window.presenterStage().orElseThrow();
        robot.interact(presenter::requestFocus);

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            button(presenter, "#addTeam").fire();
            button(presenter, "#addTeam").fire();
        });
        name(robot, presenter, 1, "Füchse");
        name(robot, presenter, 2, "Eulen");
        name(robot, presenter, 3, "Team Kraken");
        name(robot, presenter, 4, "füchse ");
        robot.interact(() -> button(presenter, "#applyTeams").fire());
        shootAll(robot, presenter, "teams-setup");
        name(robot, presenter, 4, "Die Adler aus der 7b mit ihren Freunden");
        robot.interact(() -> button(presenter, "#applyTeams").fire());
        shootAll(robot, presenter, "teams-title");

        robot.type(KeyCode.RIGHT, KeyCode.RIGHT); // the seller's ranking (scenario 2; the case opens with a choice)
        robot.type(KeyCode.TAB);
        // Füchse: the second card to the top.
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.UP).type(KeyCode.SPACE).type(KeyCode.ENTER);
        // Eulen: the order as it is.
        robot.type(KeyCode.ENTER);
        // Team Kraken: the first card to the bottom.
        robot.type(KeyCode.SPACE).type(KeyCode.END).type(KeyCode.SPACE).type(KeyCode.ENTER);
        // The Adler are still discussing.
        shootAll(robot, presenter, "teams-ranking-entry");
        robot.interact(() -> presenter.getScene().getRoot().lookup("#teamPanel-3").lookup(".ranking-card").requestFocus());
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ENTER);
        robot.type(KeyCode.R);
        shootAll(robot, presenter, "teams-ranking-revealed");
        robot.type(KeyCode.R);
        shootAll(robot, presenter, "teams-ranking-hidden");
        robot.type(KeyCode.R);

        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.RIGHT); // scenario 5, the first estimate
        }
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.ENTER);
        robot.type(KeyCode.DIGIT1, KeyCode.PERIOD, KeyCode.DIGIT5, KeyCode.K, KeyCode.ENTER);
        robot.type(KeyCode.V, KeyCode.I, KeyCode.E, KeyCode.L, KeyCode.ENTER);
        shootAll(robot, presenter, "teams-estimate-entry");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER);
        robot.type(KeyCode.DIGIT3, KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.ENTER);
        shootAll(robot, presenter, "teams-estimate-all-entered");
        robot.type(KeyCode.R);
        shootAll(robot, presenter, "teams-estimate-revealed");

        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT); // scenario 10, a choice with several right answers
        }
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.A, KeyCode.C, KeyCode.ENTER);
        robot.type(KeyCode.B, KeyCode.ENTER);
        shootAll(robot, presenter, "teams-choice-entry");
        robot.type(KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.ENTER);
        robot.type(KeyCode.A, KeyCode.D, KeyCode.ENTER);
        robot.type(KeyCode.R);
        shootAll(robot, presenter, "teams-choice-revealed");

        robot.type(KeyCode.RIGHT); // scenario 11, a decision story
        robot.type(KeyCode.TAB, KeyCode.SPACE, KeyCode.ENTER);
        shootAll(robot, presenter, "teams-decision-entry");
        for (int team = 1; team < 4; team++) {
            robot.type(KeyCode.SPACE, KeyCode.ENTER);
        }
        robot.type(KeyCode.R);
        shootAll(robot, presenter, "teams-decision-revealed");

        // The results could not be saved: a small badge in the corner; the details stay off the projector.
        Path data = config.resolve("data");
        deleteTree(data);
        Files.writeString(data, "a file where the data folder should be");
        robot.type(KeyCode.RIGHT, KeyCode.TAB, KeyCode.SPACE, KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.R);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presenter.getScene().getRoot()
                .lookup("#presenterProblem").isVisible());
        shootAll(robot, presenter, "teams-problem-badge");
        Files.delete(data);
        robot.interact(() -> ((javafx.scene.control.Button) presenter.getScene().getRoot()
                .lookup("#presenterProblem")).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presenter.getScene().getRoot()
                .lookup("#presenterProblem").isVisible());

        robot.type(KeyCode.RIGHT);
        shootAll(robot, presenter, "teams-end");
        robot.type(KeyCode.F1);
        shootAll(robot, presenter, "teams-help");
        robot.type(KeyCode.ESCAPE);
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.LEFT);
        }
        shootAll(robot, presenter, "teams-title-in-progress");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static javafx.scene.control.Button button(Stage presenter, String id) {
        return (javafx.scene.control.Button) presenter.getScene().getRoot().lookup(id);
    }

    private static void name(FxRobot robot, Stage presenter, int number, String name) {
        robot.interact(() -> ((TextField) presenter.getScene().getRoot().lookup("#teamName-" + number)).setText(name));
    }

    private void shootAll(FxRobot robot, Stage presenter, String view) throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                robot.interact(() -> {
                    window.localization().setLocale(locale);
                    window.appearance().setTheme(theme);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                String name = String.format(Locale.ROOT, "%s-%s-%s-%dx%d.png", view, locale.getLanguage(),
                        theme.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        (int) presenter.getScene().getWidth(), (int) presenter.getScene().getHeight());
                AtomicReference<WritableImage> image = new AtomicReference<>();
                robot.interact(() -> image.set(presenter.getScene().getRoot().snapshot(null, null)));
                PngWriter.write(image.get(), OUT.resolve(name));
            }
        }
        robot.interact(() -> {
            window.localization().setLocale(Locale.ENGLISH);
            window.appearance().setTheme(Theme.LIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        refocus(robot, presenter);
    }

    /** A language switch renders the slide again; the keyboard focus goes back where it was, to the slide. */
    private static void refocus(FxRobot robot, Stage presenter) {
        Node focus = presenter.getScene().getFocusOwner();
        if (focus == null) {
            robot.interact(() -> presenter.getScene().getRoot().requestFocus());
        }
    }
}
