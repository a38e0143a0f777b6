package org.leaklab.ui.common;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.Theme;

/**
 * Theme and text scale of every window. Stylesheets come in layers: {@code base.css} sizes
 * everything in em and uses looked-up colours, a theme stylesheet defines those colours. The
 * scale sets the root font size, so the whole interface grows for a projector.
 */
public final class Appearance {
    /** The steps of Ctrl+Plus and Ctrl+Minus. */
    public static final List<Double> SCALE_STEPS = List.of(0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0);
    /** Root font size at scale 1.0, in pixels. */
    public static final double BASE_FONT_PX = 15;
    /**
     * From this scale on the window is in "large text" (the root's {@code :large-text} pseudo-class):
     * the frame around the page (menus, header, status line) grows less than the page, so the page
     * keeps room to show something even at the largest size in a small window.
     */
    public static final double LARGE_TEXT_FROM = 1.75;
    private static final javafx.css.PseudoClass LARGE_TEXT = javafx.css.PseudoClass.getPseudoClass("large-text");

    private static final String BASE_CSS = "/org/leaklab/ui/theme/base.css";

    private final ObjectProperty<Theme> theme;
    private final DoubleProperty scale;

    public Appearance(Theme theme, double scale) {
        this.theme = new SimpleObjectProperty<>(this, "theme", theme);
        this.scale = new SimpleDoubleProperty(this, "scale", clamp(scale));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme newTheme) {
        theme.set(newTheme == null ? Theme.LIGHT : newTheme);
    }

    /** True from {@link #LARGE_TEXT_FROM} on. */
    public boolean isLargeText() {
        return getScale() >= LARGE_TEXT_FROM - 1e-6;
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    public double getScale() {
        return scale.get();
    }

    public void setScale(double newScale) {
        scale.set(clamp(newScale));
    }

    /** One step larger (Ctrl+Plus). */
    public void zoomIn() {
        for (double step : SCALE_STEPS) {
            if (step > getScale() + 1e-6) {
                setScale(step);
                return;
            }
        }
    }

    /** One step smaller (Ctrl+Minus). */
    public void zoomOut() {
        for (int i = SCALE_STEPS.size() - 1; i >= 0; i--) {
            if (SCALE_STEPS.get(i) < getScale() - 1e-6) {
                setScale(SCALE_STEPS.get(i));
                return;
            }
        }
    }

    /** Normal size (Ctrl+0). */
    public void resetZoom() {
        setScale(1.0);
    }

    /** Applies the theme and scale to {@code scene} now and whenever they change. */
    public void install(Scene scene) {
        Runnable apply = () -> applyTo(scene);
        theme.addListener((obs, old, now) -> apply.run());
        scale.addListener((obs, old, now) -> apply.run());
        scene.rootProperty().addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    /** Applies the current theme and scale to {@code scene} once (short-lived dialogs). */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets(getTheme()));
        Parent root = scene.getRoot();
        if (root != null) {
            if (!root.getStyleClass().contains(Styles.ROOT)) {
                root.getStyleClass().add(Styles.ROOT);
            }
            // The font size is the one style set from code: every size in the CSS is in em.
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * getScale()));
            root.pseudoClassStateChanged(LARGE_TEXT, isLargeText());
        }
    }

    /** The stylesheet layers for {@code theme}, base first. */
    public static List<String> stylesheets(Theme theme) {
        String themeCss = switch (theme) {
            case LIGHT -> "/org/leaklab/ui/theme/light.css";
            case DARK -> "/org/leaklab/ui/theme/dark.css";
            case HIGH_CONTRAST -> "/org/leaklab/ui/theme/high-contrast.css";
        };
        return List.of(Resources.requireExternal(Appearance.class, BASE_CSS),
                Resources.requireExternal(Appearance.class, themeCss));
    }

    private static double clamp(double value) {
        if (!Double.isFinite(value)) {
            return 1.0;
        }
        return Math.max(Preferences.MIN_SCALE, Math.min(Preferences.MAX_SCALE, value));
    }
}
