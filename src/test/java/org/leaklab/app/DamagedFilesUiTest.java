package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.leaklab.settings.Preferences;
import org.leaklab.settings.PreferencesStore;
import org.leaklab.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Losses 3 and 4 of issue 11, from the real app: a truncated results file beside a good backup
 * (the lessons are shown and the teacher is told what was restored), and a damaged preferences
 * file beside a valid backup (the backup is used, not the defaults).
 */
@ExtendWith(ApplicationExtension.class)
class DamagedFilesUiTest {
    @TempDir
    Path config;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = config.resolve("data");
        // The situation: results.json truncated, results.json.bak holding the lessons.
        Path elsewhere = config.resolve("earlier");
        new ResultsStore(elsewhere).save(lesson("monday", "Foxes", "Owls"));
        new ResultsStore(elsewhere).save(lesson("tuesday", "Bears", "Wolves"));
        Files.createDirectories(data);
        Files.copy(elsewhere.resolve(ResultsStore.FILE_NAME), data.resolve(ResultsStore.FILE_NAME + ".bak"));
        String full = Files.readString(elsewhere.resolve(ResultsStore.FILE_NAME));
        Files.writeString(data.resolve(ResultsStore.FILE_NAME), full.substring(0, full.length() / 3));
        // The settings: high contrast chosen and saved twice, then the file cut off.
        PreferencesStore settings = new PreferencesStore(config);
        settings.save(Preferences.defaults().withTheme(Theme.HIGH_CONTRAST));
        settings.save(Preferences.defaults().withTheme(Theme.HIGH_CONTRAST).withScale(1.25));
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{\"theme\": \"HIGH_CONT");
        MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    private static ClassSession lesson(String id, String... teams) {
        return new ClassSession(id, Instant.parse("2024-03-05T09:15:00Z"), "amazon-2018", List.of(teams),
                List.of(new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer(teams[0], new EstimateAnswer(300), 90)))));
    }

    @Test
    void theSettingsOfTheBackupAreUsedAndTheStatusLineSaysSo(FxRobot robot) {
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("/high-contrast.css"),
                "the backup's theme, not the default: " + stage.getScene().getStylesheets());
        assertTrue(status.getText().startsWith("Your settings file was damaged. LeakLab restored the settings saved on "),
                status.getText());
        assertTrue(status.getText().contains("the damaged file is kept as preferences.json.damaged-"), status.getText());
    }

    @Test
    void theClassHistoryShowsTheLessonsOfTheBackupAndSaysWhatWasRestored(FxRobot robot) throws Exception {
        robot.clickOn("_File");
        robot.clickOn("Class _history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#historyProblem").tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        String problem = robot.lookup("#historyProblem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The class results file was damaged. LeakLab restored the copy saved on "),
                problem);
        assertFalse(problem.contains("Exception"), problem);
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
        // The placeholder is in the scene only while the table is empty, so it is asked for by the table.
        assertFalse(table.getPlaceholder().isVisible(), "not \"No class sessions saved yet\"");
        assertEquals(problem, robot.lookup("#statusMessage").queryAs(Label.class).getText());
    }
}
