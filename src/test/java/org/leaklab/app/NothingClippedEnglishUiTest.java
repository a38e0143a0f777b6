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
        robot.interact(() -> window.status().info("A status far too long for one line. ".repeat(20)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> clipped = PageChecks.clippedLabels(stage.getScene().getRoot());
        assertEquals(1, clipped.size(), clipped.toString());
        assertTrue(clipped.get(0).startsWith("#statusMessage: \"A status far too long"), clipped.get(0));
    }
}
