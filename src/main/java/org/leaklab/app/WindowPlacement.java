package org.leaklab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.leaklab.settings.Preferences;

/**
 * Where the main window opens: at its remembered bounds while those are still on a screen,
 * else at the default size ({@link Preferences.WindowBounds#DEFAULT_WIDTH}) centred on the primary
 * screen. {@link #of} is pure geometry, so it is tested without a display; {@link #onScreens}
 * asks JavaFX for the screens.
 *
 * @param bounds    the window's position and size
 * @param remembered whether these are the remembered bounds (false: the default, to be centred)
 * @param maximized whether the window opens maximized
 */
record WindowPlacement(Rectangle2D bounds, boolean remembered, boolean maximized) {
    /**
     * How much of the window's title bar must lie on one screen for a remembered position to be
     * used: enough to see it and drag the window with the mouse.
     */
    static final double GRIP_WIDTH = 160;
    static final double GRIP_HEIGHT = 32;

    /** Where the window opens on the screens there are now, with {@code window} remembered (or null). */
    static WindowPlacement onScreens(Preferences.WindowBounds window) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return of(window, screens, Preferences.WindowBounds.DEFAULT_WIDTH, Preferences.WindowBounds.DEFAULT_HEIGHT);
    }

    /** Puts {@code stage} here: at the remembered place, or centred. */
    void applyTo(Stage stage) {
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (remembered) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setMaximized(maximized);
        } else {
            stage.centerOnScreen();
        }
    }

    /** Where {@code stage} is now, to be remembered for the next start. */
    static Preferences.WindowBounds of(Stage stage) {
        return new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /**
     * @param window  the remembered bounds, or null for none
     * @param screens the usable area (without task bars) of every screen, the primary first
     * @param width   the default width, used when nothing usable is remembered
     * @param height  the default height
     */
    static WindowPlacement of(Preferences.WindowBounds window, List<Rectangle2D> screens,
                              double width, double height) {
        Rectangle2D primary = screens.get(0);
        if (window != null) {
            for (Rectangle2D screen : screens) {
                if (gripOn(window, screen)) {
                    // A screen smaller than the remembered window (a projector in place of the
                    // monitor): the window shrinks to fit it and stays at its place on it.
                    double w = Math.min(window.width(), screen.getWidth());
                    double h = Math.min(window.height(), screen.getHeight());
                    double x = clamp(window.x(), screen.getMinX(), screen.getMaxX() - w);
                    double y = clamp(window.y(), screen.getMinY(), screen.getMaxY() - h);
                    return new WindowPlacement(new Rectangle2D(x, y, w, h), true, window.maximized());
                }
            }
        }
        double w = Math.min(width, primary.getWidth());
        double h = Math.min(height, primary.getHeight());
        return new WindowPlacement(new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h), false, false);
    }

    /** Whether the top strip of the window, where its title bar is, lies on {@code screen}. */
    private static boolean gripOn(Preferences.WindowBounds window, Rectangle2D screen) {
        double left = Math.max(window.x(), screen.getMinX());
        double right = Math.min(window.x() + window.width(), screen.getMaxX());
        double top = Math.max(window.y(), screen.getMinY());
        double bottom = Math.min(window.y() + GRIP_HEIGHT, screen.getMaxY());
        return right - left >= Math.min(GRIP_WIDTH, window.width()) && bottom - top >= GRIP_HEIGHT / 2;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
