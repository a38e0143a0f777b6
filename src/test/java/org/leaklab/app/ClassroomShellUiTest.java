package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.session.ResultsStore;
import org.leaklab.settings.AppDirectories;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom pages are reachable from the real shell's menus, and the data folder is tidied at start. */
@ExtendWith(ApplicationExtension.class)
class ClassroomShellUiTest {
    @TempDir
    Path config;

    private Path data;
    private Path leftover;
    private Path corrupt;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = config.resolve("data");
        Files.createDirectories(data);
        leftover = data.resolve("." + ResultsStore.FILE_NAME + "-1234" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(leftover, "{\"half");
        corrupt = data.resolve(ResultsStore.FILE_NAME);
        Files.writeString(corrupt, "{\"format\": \"leaklab-class-results\", \"version\": 1, \"sessions\": [");
        MainWindow.open(stage, new AppDirectories(config, data), address -> { });
    }

    @Test
    void leftoverTempFilesAreRemovedAtStart() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(leftover));
    }

    @Test
    void theWhatIfExplorerOpensFromTheViewMenu(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-amazon-2018").tryQuery().isPresent());
        robot.clickOn("_View");
        robot.clickOn("_What-if explorer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#explorerPage").tryQuery().isPresent());
        assertTrue(robot.lookup("#perspective-seller").tryQuery().isPresent());
        assertEquals("LeakLab \u2013 What-if explorer", stage.getTitle());
        robot.clickOn("#backButton");
        assertTrue(robot.lookup("#startPage").tryQuery().isPresent());
    }

    @Test
    void theHistoryOpensFromTheFileMenuAndReportsACorruptFile(FxRobot robot) throws Exception {
        robot.clickOn("_File");
        robot.clickOn("Class _history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#historyPage").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#historyProblem").queryAs(Label.class).isVisible());
        String problem = robot.lookup("#historyProblem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The class results file was damaged and there is no good backup."), problem);
        assertTrue(problem.contains("results.json.damaged-"), problem);
        assertTrue(robot.lookup("#historyEmpty").query().isVisible());
        try (var files = Files.list(data)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("results.json.damaged-")));
        }
    }
}
