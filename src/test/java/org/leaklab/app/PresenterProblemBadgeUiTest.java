package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Point 4 of issue 11 in presenter mode: class results that cannot be saved show as a small badge
 * in the corner of the bar, in words without a path or an exception, never over the key hints,
 * and the badge goes once the results are saved.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterProblemBadgeUiTest {
    @TempDir
    Path config;

    private Path data;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // A data folder LeakLab cannot write to (as root, a read-only folder would still be writable).
        data = Files.writeString(config.resolve("data"), "a file where the data folder should be");
        window = MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    @AfterEach
    void closePresenter(FxRobot robot) {
        robot.interact(() -> window.presenterStage().ifPresent(Stage::close));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedSaveShowsACornerBadgeInWordsThatGoesOnceSaved(FxRobot robot) throws Exception {
        Stage presenter = PresenterOpening.open(robot, window);
        Button badge = (Button) presenter.getScene().getRoot().lookup("#presenterProblem");
        assertFalse(badge.isVisible(), "nothing wrong yet");

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        // Teams set up; the rewritten case opens with a choice, so the first ranking is scenario 2.
        // Both teams enter the order as it stands, and the reveal saves the class: it cannot.
        robot.type(KeyCode.ENTER, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.TAB, KeyCode.ENTER, KeyCode.ENTER, KeyCode.R);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, badge::isVisible);

        String words = badge.getText();
        assertEquals("\u26a0 Results not saved: details in the main window. Click to try again.", words);
        assertFalse(words.contains(data.toString()) || words.contains("Exception") || words.contains(".tmp"));
        assertTrue(badge.getParent().getStyleClass().contains("presenter-bar"), "in the bar at the top");
        Node hints = presenter.getScene().getRoot().lookup("#presenterHints");
        assertTrue(hints.isVisible());
        Bounds badgeBounds = badge.localToScene(badge.getBoundsInLocal());
        Bounds hintBounds = hints.localToScene(hints.getBoundsInLocal());
        assertFalse(badgeBounds.intersects(hintBounds), "the badge never covers the key hints");
        assertTrue(window.status().problemProperty().get().contains(data.toString()),
                "the teacher's status line names the folder: " + window.status().problemProperty().get());

        // Still there on the next scenario: the problem is not solved by moving on.
        robot.type(KeyCode.RIGHT);
        assertTrue(badge.isVisible());

        // The folder works again: a click on the badge tries again, and it goes.
        Files.delete(data);
        robot.interact(badge::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !badge.isVisible());
        assertEquals(1, new ResultsStore(data).load().sessions().size(), "the class is saved");
    }
}
