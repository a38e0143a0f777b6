package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing cut short on any page of the case in English. */
@ExtendWith(ApplicationExtension.class)
class NothingClippedEnglishUiTest extends NothingClippedUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void noTextIsCutShortOnAnyPage(FxRobot robot) throws Exception {
        assertNothingClippedThroughTheCase(robot, Locale.ENGLISH);
    }

    @Test
    void theCheckNoticesATextCutShort(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.Label tooLong = new javafx.scene.control.Label("A label far too long for its place.");
            tooLong.setId("tooLong");
            tooLong.setMaxWidth(60);
            ((javafx.scene.layout.Pane) stage.getScene().getRoot().lookup(".status-bar")).getChildren().add(tooLong);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = PageChecks.clippedLabels(stage.getScene().getRoot());
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("#tooLong: "), clipped.get(0));
    }

    @Test
    void aLongStatusMessageWrapsInsteadOfBeingCutOff(FxRobot robot) {
        robot.interact(() -> window.status().warn("A problem that takes more than one line to say. ".repeat(6)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), PageChecks.clippedLabels(stage.getScene().getRoot()));
    }
}
