package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Loss 4 of issue 11, from the real app: class results that cannot be saved are reported in
 * words in the status line (the folder and what to do, no exception, no temporary file), stay
 * there until saved, and quitting asks first.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyDataUiTest {
    @TempDir
    Path config;

    private Path data;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // A data folder LeakLab cannot write to (as root, a read-only folder would still be writable).
        data = Files.writeString(config.resolve("data"), "a file where the data folder should be");
        window = MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    /** What presenter mode does after a reveal: save the class on the I/O thread. */
    private void saveALesson() throws Exception {
        ClassSession lesson = new ClassSession("today", Instant.now(), "amazon-2018", List.of("Foxes", "Owls"),
                List.of(new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(300), 90)))));
        Thread saving = new Thread(() -> {
            try {
                window.results().save(lesson);
            } catch (java.io.IOException expected) {
                // reported through the store's listener
            }
        });
        saving.start();
        saving.join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStatusLineSaysInWordsWhichFolderAndWhatToDo(FxRobot robot) throws Exception {
        saveALesson();
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        String text = status.getText();
        assertTrue(text.startsWith("Class results not saved: LeakLab cannot write to " + data + "."), text);
        assertTrue(text.contains("save them elsewhere"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains(".tmp"), text);
        assertTrue(status.getStyleClass().contains("status-warning"));
        // A note replaces it for a while; the standing problem is still known (the badge's text).
        robot.interact(() -> window.status().info("Opening a case"));
        assertTrue(window.status().problemProperty().get().startsWith("Class results not saved"));
    }

    @Test
    void quittingAsksFirstAndCancelKeepsLeakLabOpen(FxRobot robot) throws Exception {
        saveALesson();
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        String message = ((Label) pane.getContent()).getText();
        assertTrue(message.startsWith("The results of 1 class session could not be saved to " + data + "."), message);
        assertTrue(robot.lookup("Save elsewhere\u2026").tryQuery().isPresent());
        assertTrue(robot.lookup("Quit anyway").tryQuery().isPresent());
        Button cancel = robot.lookup("Cancel").queryAs(Button.class);
        assertTrue(cancel.isDefaultButton(), "Enter does not quit by accident");
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
        robot.clickOn("Quit anyway");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    private static java.util.Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst();
    }
}
