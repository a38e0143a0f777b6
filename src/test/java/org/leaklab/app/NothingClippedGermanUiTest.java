package org.leaklab.app;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Nothing cut short on any page of the case in German. */
@ExtendWith(ApplicationExtension.class)
class NothingClippedGermanUiTest extends NothingClippedUiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void noTextIsCutShortOnAnyPage(FxRobot robot) throws Exception {
        assertNothingClippedThroughTheCase(robot, Locale.GERMAN);
    }
}
