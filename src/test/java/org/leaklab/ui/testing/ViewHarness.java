package org.leaklab.ui.testing;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;

/** Shows one view on a test stage with the app's stylesheets, as the shell would. */
public final class ViewHarness {
    private ViewHarness() {
    }

    /** Puts {@code root} on {@code stage} at {@code width}x{@code height} with the light theme. */
    public static Appearance show(Stage stage, Parent root, double width, double height) {
        Appearance appearance = new Appearance(Theme.LIGHT, 1.0);
        Scene scene = new Scene(root, width, height);
        appearance.install(scene);
        stage.setScene(scene);
        stage.show();
        return appearance;
    }
}
