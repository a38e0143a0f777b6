package org.leaklab.app;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Resources;

/** LeakLab's pictures of itself: the logo in the header and the window icons. */
final class AppIcons {
    /** The header logo: shown at most about 120 px tall (at the largest text size), so 128 px is enough. */
    private static final String LOGO = "/org/leaklab/assets/icons/leaklab-128.png";
    static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");

    private AppIcons() {
    }

    /** The header logo, decoded by JavaFX in the background while the window is built; the header shows it when done. */
    static Image logo() {
        return new Image(Resources.requireExternal(AppIcons.class, LOGO), true);
    }

    /**
     * Decodes the window icons on the I/O thread and hands them to {@code stage} when done: six
     * PNG files that the window manager shows in the task bar and the window switcher, not in
     * the window's first frame, so the JavaFX thread does not decode them before it.
     */
    static void loadInto(Stage stage, BackgroundWork work) {
        work.run(() -> ICON_SIZES.stream()
                        .map(size -> new Image(Resources.requireExternal(AppIcons.class,
                                "/org/leaklab/assets/icons/leaklab-" + size + ".png")))
                        .toList(),
                icons -> stage.getIcons().setAll(icons),
                failure -> {
                    // A missing icon is a broken build, which the icon test reports; the window works without.
                });
    }
}
