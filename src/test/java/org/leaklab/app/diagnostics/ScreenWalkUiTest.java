package org.leaklab.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.app.MainWindow;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen walk behind bench/stalls.sh reaches every screen in the real app, so the stall
 * measurement cannot quietly shrink to half the screens when a view changes.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWalkUiTest {
    @TempDir
    Path home;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.open(stage, new AppDirectories(home.resolve("config"), home.resolve("data")), link -> { });
    }

    @Test
    void walksEveryScreenAndEnds(FxRobot robot) throws Exception {
        record Walked(List<String> steps, Optional<RuntimeException> failure) {
        }
        CompletableFuture<Walked> walked = new CompletableFuture<>();
        robot.interact(() -> ScreenWalk.walk(window, stage,
                (steps, failure) -> walked.complete(new Walked(steps, failure))));

        Walked result = walked.get(90, TimeUnit.SECONDS);
        result.failure().ifPresent(e -> {
            throw new AssertionError("the walk failed", e);
        });
        assertEquals(List.of("open the case from the start page", "answer and check every scenario",
                "menu item shortcutsItem", "menu item explorerItem", "menu item historyItem", "menu item aboutItem",
                "close the About dialog", "menu item presenterItem", "presenter: next slide",
                "presenter: next slide again", "presenter: reveal", "close presenter mode",
                "open a broken case pack", "close its problems", "switch to German", "switch back to English",
                "dark colours", "high contrast", "light colours"), result.steps());
        assertTrue(window.presenterStage().isEmpty(), "presenter mode closed again");
        assertEquals(java.util.Locale.ENGLISH, window.localization().getLocale());
    }
}
