package org.leaklab.screenshots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.PngWriter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Sets the main window's language, theme, scale and size, and writes what it shows to target/screenshots/. */
final class WindowCamera {
    static final Path OUT = Path.of("target", "screenshots");

    private WindowCamera() {
    }

    /** Puts the window in the given display and waits for it to settle. */
    static void configure(FxRobot robot, MainWindow window, Stage stage, Locale locale, Theme theme, double scale,
                          int width, int height) {
        robot.interact(() -> {
            window.localization().setLocale(locale);
            window.appearance().setTheme(theme);
            window.appearance().setScale(scale);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The file name for a view in a display: {@code ranking-de-high-contrast-1920x1080-projector.png}. */
    static String fileName(String view, Locale locale, Theme theme, double scale, int width, int height) {
        return String.format(Locale.ROOT, "%s-%s-%s-%dx%d%s.png", view, locale.getLanguage(),
                theme.name().toLowerCase(Locale.ROOT).replace('_', '-'), width, height,
                scale == 1.0 ? "" : "-projector");
    }

    /** Snapshots {@code node} on the JavaFX thread and writes it as {@code name}. */
    static void capture(FxRobot robot, Node node, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(node.snapshot(null, null)));
        PngWriter.write(image.get(), OUT.resolve(name));
    }

    /** {@link #configure} then {@link #capture} of the whole window. */
    static void shoot(FxRobot robot, MainWindow window, Stage stage, String view, Locale locale, Theme theme,
                      double scale, int width, int height) throws IOException {
        configure(robot, window, stage, locale, theme, scale, width, height);
        capture(robot, stage.getScene().getRoot(), fileName(view, locale, theme, scale, width, height));
    }
}
