package org.leaklab.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens presenter mode the way a teacher does, with F5 once the case list is there, for the UI tests. */
final class PresenterOpening {
    private PresenterOpening() {
    }

    /** Presses F5 in {@code window} and returns the presenter's stage, shown and focused. */
    static Stage open(FxRobot robot, MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenterStage().isPresent());
        Stage presenter = window.presenterStage().orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, presenter::isShowing);
        robot.interact(presenter::requestFocus);
        return presenter;
    }

    /** The node with {@code id} ("#name") in the presenter's window, or null. */
    static <T extends javafx.scene.Node> T find(Stage presenter, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) presenter.getScene().getRoot().lookup(id);
        return node;
    }

    /** The text of the label with {@code id} in the presenter's window. */
    static String text(Stage presenter, String id) {
        return ((javafx.scene.control.Label) find(presenter, id)).getText();
    }
}
