package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text is cut short with an ellipsis on the start page or any page of the Amazon case, at
 * 1280x720 and at 1920x1080, at normal scale, in the real app. One subclass per language (each
 * walk takes a while): German words are longer.
 */
abstract class NothingClippedUiTest {
    private static final double[][] SIZES = {{1280, 720}, {1920, 1080}};

    @TempDir
    Path config;

    Stage stage;
    MainWindow window;

    /** Opens the app; each subclass calls it from its own {@code @Start} (TestFX looks only there). */
    void open(Stage stage) {
        this.stage = stage;
        window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), address -> { });
        resize(1280, 720);
    }

    /** Resizes the window, kept on the (headless 1920x1080) screen so that it is painted whole. */
    private void resize(double width, double height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    void assertNothingClippedThroughTheCase(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> window.localization().setLocale(locale));
        WaitForAsyncUtils.waitForFxEvents();
        PageChecks.waitForCaseList(robot);
        List<String> clipped = new ArrayList<>();
        checkAtBothSizes(robot, "start page", clipped);
        CaseWalk.click(robot, "#case-amazon-2018");
        new CaseWalk(robot, false).walk((page, kind) ->
                checkAtBothSizes(robot, kind + " " + text(robot, "#progressLabel"), clipped));
        assertEquals(List.of(), clipped, "texts cut short with an ellipsis");
    }

    private void checkAtBothSizes(FxRobot robot, String where, List<String> clipped) {
        for (double[] size : SIZES) {
            robot.interact(() -> resize(size[0], size[1]));
            WaitForAsyncUtils.waitForFxEvents();
            for (String label : PageChecks.clippedLabels(stage.getScene().getRoot())) {
                clipped.add(where + " at " + (int) size[0] + "x" + (int) size[1] + ": " + label);
            }
        }
        robot.interact(() -> resize(1280, 720));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
