package org.leaklab.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.ui.casepack.OwnPacks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of what issue 11's play-mode work changed, taken of the real screen of an X server
 * with a window manager (Xvfb and openbox), not rendered off screen: a case in progress on the
 * start page, Start again's question, the summary with its date, name and way to the skipped
 * scenarios, a scenario opened from there, the estimate's slider without a guess, the "Why?"
 * pop-over, the keyboard shortcuts and the quit question, in English and German, light and high
 * contrast, and at the largest text size. Not a test: run by hand, on a display, with
 * {@code DISPLAY=:64 ./mvnw -Pscreenshots -Dheadless=false test -Dtest=PlayTourScreenshots};
 * the pictures go to {@code target/play-tour/}. Needs ImageMagick's {@code import}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class PlayTourScreenshots {
    private static final Path OUT = Path.of("target", "play-tour");

    @TempDir
    Path folder;

    /** A window of its own for each walk, decorated by the window manager (TestFX's own stage is not). */
    private Stage stage;

    @Start
    void start(Stage primary) {
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !"true".equals(System.getProperty("headless", "true")),
                "needs a real display");
        Files.createDirectories(OUT);
        walk(robot, "en", "LIGHT", 1.0);
        walk(robot, "de", "LIGHT", 1.0);
        walk(robot, "en", "HIGH_CONTRAST", 1.0);
        walk(robot, "de", "HIGH_CONTRAST", 1.0);
        walk(robot, "en", "LIGHT", 3.0);
        walk(robot, "de", "HIGH_CONTRAST", 3.0);
        startPageOnly(robot, "en", "DARK");
        startPageOnly(robot, "de", "DARK");
        quitQuestion(robot, "en", "LIGHT", 1.0);
        quitQuestion(robot, "de", "HIGH_CONTRAST", 1.0);
    }

    private String name(String what, String language, String theme, double scale) {
        return what + "-" + language + "-" + theme.toLowerCase(Locale.ROOT).replace('_', '-')
                + (scale == 1.0 ? "" : "-" + Math.round(scale * 100));
    }

    /** A home with the Amazon case three answers in (left on the summary) and an own pack opened before. */
    private AppDirectories home(String language, String theme, double scale, boolean blocked) throws IOException {
        Path home = Files.createTempDirectory(folder, "home");
        Path pack = Files.writeString(home.resolve("class-7b.json"),
                OwnPacks.json("class-7b", "Our class case (a copy)"));
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve("preferences.json"), "{\"language\": \"" + language + "\", \"theme\": \"" + theme
                + "\", \"scale\": " + scale + ", \"casePacks\": [" + quoted(pack.toAbsolutePath().toString()) + "]}");
        Path data = home.resolve("data");
        if (blocked) {
            Files.writeString(data, "a file where the data folder should be");
            return new AppDirectories(config, data);
        }
        Files.createDirectories(data);
        Files.writeString(data.resolve("progress.json"), """
                {"format": "leaklab-play-progress", "version": 1, "plays": [{"caseId": "amazon-2018",
                 "savedAt": "2025-03-05T09:15:00Z", "step": 13, "drafts": [], "answers": [
                 {"scenarioId": "rank-seller", "answer": {"kind": "ranking", "itemIds": ["sales-stats",
                  "keyword-stats", "reviewer-emails", "review-deletion", "account-reinstatement", "bulk-emails"]}},
                 {"scenarioId": "estimate-sales-stats", "answer": {"kind": "estimate", "value": 1200}},
                 {"scenarioId": "choice-measures", "answer": {"kind": "choice", "optionIds": ["least-privilege",
                  "anomaly-alerts"]}}]}]}
                """, StandardCharsets.UTF_8);
        return new AppDirectories(config, data);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private MainWindow open(FxRobot robot, AppDirectories directories) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage = new Stage();
            window[0] = MainWindow.open(stage, directories, address -> { });
            stage.setX(100);
            stage.setY(60);
            stage.setWidth(org.leaklab.settings.Preferences.WindowBounds.DEFAULT_WIDTH);
            stage.setHeight(org.leaklab.settings.Preferences.WindowBounds.DEFAULT_HEIGHT);
        });
        return window[0];
    }

    private void close(FxRobot robot) {
        robot.interact(() -> {
            stage.setOnCloseRequest(null);
            stage.hide();
        });
    }

    private void walk(FxRobot robot, String language, String theme, double scale) throws Exception {
        MainWindow window = open(robot, home(language, theme, scale, false));
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-class-7b").tryQuery().isPresent()
                && robot.lookup("#progress-amazon-2018").tryQuery().isPresent());
        shoot(name("start-in-progress", language, theme, scale));

        press(robot, "#startAgain-amazon-2018");
        shoot(name("start-again-question", language, theme, scale));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        press(robot, "#case-amazon-2018");
        shoot(name("summary", language, theme, scale));
        press(robot, "#studentNameField");
        robot.write("Kim Example");
        robot.interact(() -> robot.lookup("#summaryPage").queryAs(ScrollPane.class).setVvalue(0));
        shoot(name("summary-with-name", language, theme, scale));

        press(robot, "#answerSkippedButton");
        shoot(name("question-from-summary", language, theme, scale));

        // An estimate not yet answered (scenario 6 of the rewritten case).
        robot.interact(() -> window.progress().live("amazon-2018").orElseThrow().goTo(6));
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, "#priceField");
        robot.write("lots");
        shoot(name("estimate-no-guess", language, theme, scale));

        // The seller ranking's feedback (scenario 2).
        robot.interact(() -> window.progress().live("amazon-2018").orElseThrow().goTo(2));
        WaitForAsyncUtils.waitForFxEvents();
        Node why = robot.lookup("#why-review-deletion").query();
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#rankingFeedbackPage").queryAs(ScrollPane.class);
            javafx.geometry.Bounds at = page.getContent().sceneToLocal(why.localToScene(why.getLayoutBounds()));
            double room = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.min(1, Math.max(0, (at.getCenterY() - page.getViewportBounds().getHeight() / 2) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            why.requestFocus();
            ((Button) why).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(name("why-popover", language, theme, scale));
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.F1);
        shoot(name("shortcuts", language, theme, scale));
        close(robot);
    }

    private void startPageOnly(FxRobot robot, String language, String theme) throws Exception {
        open(robot, home(language, theme, 1.0, false));
        PageChecks.waitForCaseList(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-amazon-2018").tryQuery().isPresent());
        shoot(name("start-in-progress", language, theme, 1.0));
        close(robot);
    }

    private void quitQuestion(FxRobot robot, String language, String theme, double scale) throws Exception {
        open(robot, home(language, theme, scale, true));
        PageChecks.waitForCaseList(robot);
        press(robot, "#case-amazon-2018");
        press(robot, "#nextButton");
        press(robot, "#checkButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryLabeled().getStyleClass()
                .contains("status-warning"));
        shoot(name("progress-not-saved", language, theme, scale));
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(name("quit-question", language, theme, scale));
        Node pane = robot.lookup(".dialog-pane").query();
        List<Button> buttons = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream().toList();
        robot.clickOn(buttons.get(buttons.size() - 1)); // the safe one, Cancel
        WaitForAsyncUtils.waitForFxEvents();
        close(robot);
    }

    /**
     * Presses a button or focuses a field the way a screenshot needs it: at 300 % a small window
     * may not have room to scroll the control fully into sight, which a click would need.
     */
    private static void press(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        // Not waited for: a button may open a dialog, which waits for its answer on the JavaFX thread.
        javafx.application.Platform.runLater(() -> {
            node.requestFocus();
            if (node instanceof javafx.scene.control.ButtonBase button) {
                button.fire();
            } else if (!(node instanceof javafx.scene.control.TextInputControl) && node.getOnMouseClicked() != null) {
                node.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                        true, false, false, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window as the screen shows it, title bar included: a crop of the X server's screen. */
    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1500); // let the window manager and the compositor draw it
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        int x = (int) Math.max(0, stage.getX() + scene.getX() - 4);
        int y = (int) Math.max(0, stage.getY() - 4);
        int width = (int) scene.getWidth() + 8;
        int height = (int) (scene.getY() + scene.getHeight()) + 8;
        Path file = OUT.resolve(name + ".png").toAbsolutePath();
        Process process = new ProcessBuilder("import", "-window", "root", "-crop",
                width + "x" + height + "+" + x + "+" + y, file.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("import failed for " + name);
        }
    }
}
