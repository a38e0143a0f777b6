package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.PreferencesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A broken preferences file is reported in the status line; the app starts with the defaults. */
@ExtendWith(ApplicationExtension.class)
class BrokenPreferencesUiTest {
    @TempDir
    Path config;

    private final java.util.List<String> openedLinks = new java.util.ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try {
            Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{\"theme\": ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MainWindow.open(stage, new AppDirectories(config, config.resolve("data")), openedLinks::add);
    }

    @Test
    void reportsTheBrokenFileAndKeepsIt(FxRobot robot) throws IOException {
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Your settings file was damaged and there is no good backup, so the "
                + "default settings are in use. The damaged file is kept as preferences.json.damaged-"), status.getText());
        assertFalse(status.getText().contains("Exception"), status.getText());
        assertTrue(status.getStyleClass().contains("status-warning"));
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("/light.css"), "defaults are in use");
        try (var files = Files.list(config)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("preferences.json.damaged-")).count());
        }
    }
}
