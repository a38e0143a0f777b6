package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode from the real app: F5 opens it full screen, the keys drive it, Escape leaves. */
@ExtendWith(ApplicationExtension.class)
class PresenterUiTest {
    @TempDir
    Path config;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
    }

    /**
     * Closes a presenter window a test left open: it is owned by the primary stage, which TestFX
     * hands to the next test class, and a full-screen window left behind there hung the next
     * class's start (the renderer waited for a lock the closing window held).
     */
    @AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.presenterStage().ifPresent(Stage::close);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage openPresenter(FxRobot robot) throws Exception {
        return PresenterOpening.open(robot, window);
    }

    private static Node find(Stage presenter, String id) {
        return presenter.getScene().getRoot().lookup(id);
    }

    @Test
    void f5OpensFullScreenWithItsOwnLargeScale(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        assertTrue(presenter.isFullScreen());
        assertTrue(presenter.getScene().getRoot().getStyle().contains("30.00px"), "scale 2.0: "
                + presenter.getScene().getRoot().getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        assertTrue(presenter.getScene().getRoot().getStyle().contains("37.50px"), presenter.getScene().getRoot().getStyle());
        assertTrue(stage.getScene().getRoot().getStyle().contains("15.00px"), "the main window keeps its size");
    }

    @Test
    void arrowsSpaceRevealBlackoutHelpAndEscape(FxRobot robot) throws Exception {
        Stage presenter = openPresenter(robot);
        Label progress = (Label) find(presenter, "#presenterProgress");
        robot.type(KeyCode.RIGHT);
        assertEquals("Scenario 1 of 12", progress.getText());
        robot.type(KeyCode.SPACE);
        assertEquals("Scenario 2 of 12", progress.getText());
        robot.type(KeyCode.LEFT);
        assertEquals("Scenario 1 of 12", progress.getText());

        Node answer = find(presenter, "#presenterAnswer");
        assertFalse(answer.isVisible(), "hidden until revealed");
        robot.type(KeyCode.R);
        assertTrue(answer.isVisible());

        Node blackout = find(presenter, "#presenterBlackout");
        assertFalse(blackout.isVisible());
        robot.type(KeyCode.B);
        assertTrue(blackout.isVisible());
        robot.type(KeyCode.B);
        assertFalse(blackout.isVisible());

        Node help = find(presenter, "#presenterHelp");
        robot.type(KeyCode.F1);
        assertTrue(help.isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(help.isVisible());
        assertTrue(presenter.isShowing(), "the first Escape only closed the help");
        // "?" is a typed character whose key differs by layout (Shift+/ in the US, Shift+ß in Germany).
        robot.interact(() -> javafx.event.Event.fireEvent(presenter.getScene().getRoot(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, true, false, false, false)));
        assertTrue(help.isVisible(), "? shows the help too");
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.T);
        Label timer = (Label) find(presenter, "#presenterTimer");
        assertTrue(timer.isVisible());
        assertTrue(timer.getText().matches("[01]:[0-5][0-9]"), timer.getText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presenter.isShowing());
        assertTrue(window.presenterStage().isEmpty());
    }

    @Test
    void theLaunchOptionSelectsPresenterMode() {
        assertTrue(LaunchOptions.parse(java.util.List.of("--presenter")).presenter());
        assertFalse(LaunchOptions.parse(java.util.List.of()).presenter());
    }
}
