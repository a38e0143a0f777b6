package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every view in both languages, light and high contrast, at 1280x720 and at projector
 * scale at 1920x1080, into target/screenshots/. Runs with {@code ./mvnw -Pscreenshots verify}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    @TempDir
    Path config;

    private final java.util.List<String> openedLinks = new java.util.ArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.window = MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), openedLinks::add);
    }

    @Test
    void startView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Theme theme : Theme.values()) {
                shoot(robot, "start", locale, theme, 1.0, 1280, 720);
            }
            shoot(robot, "start", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
            shoot(robot, "start", locale, Theme.LIGHT, 1.75, 1920, 1080);
        }
    }

    @Test
    void shortcutsView(FxRobot robot) throws IOException {
        robot.interact(() -> window.navigator().currentProperty());
        robot.type(javafx.scene.input.KeyCode.F1);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            shoot(robot, "shortcuts", locale, Theme.LIGHT, 1.0, 1280, 720);
            shoot(robot, "shortcuts", locale, Theme.HIGH_CONTRAST, 1.75, 1920, 1080);
        }
    }

    /** Sets the display, waits for it to settle and writes the window's content as a PNG. */
    void shoot(FxRobot robot, String view, Locale locale, Theme theme, double scale, int width, int height)
            throws IOException {
        WindowCamera.shoot(robot, window, stage, view, locale, theme, scale, width, height);
    }
}
