package org.leaklab.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.testing.ScriptedDialogs;
import org.leaklab.ui.testing.ViewHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history on screen, with the file work on a real background thread. */
@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    @TempDir
    static Path data;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusMessages status = new StatusMessages();
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private ResultsStore store;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory(data, "history");
        store = new ResultsStore(folder);
        store.save(session("first", "2024-01-10T08:00:00Z", "Foxes", "Owls", 50, 70));
        store.save(session("second", "2024-03-05T09:15:00Z", "Red", "Blue", 90, 40));
        Localization localization = new Localization(Locale.ENGLISH);
        HistoryViewModel history = new HistoryViewModel(store, id -> Optional.of(AMAZON).filter(c -> c.id().equals(id)),
                localization, new PlayServices(dialogs, status, a -> { }, io, Platform::runLater), ZoneId.of("UTC"));
        ViewHarness.show(stage, new ViewLoader(localization)
                .load(HistoryView.class, () -> new HistoryView(history)).root(), 1280, 720);
        history.load();
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    @Test
    void listsTheSessionsAndShowsTheLeaderboardOfTheSelectedOne(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertTrue(robot.lookup("Red, Blue").tryQuery().isPresent(), "newest first and selected");
        assertEquals("1. Red: 90 of 100 points", standing(robot, 0));
        robot.clickOn("Foxes, Owls");
        assertEquals("1. Owls: 70 of 100 points", standing(robot, 0));
        assertFalse(robot.lookup("#historyProblem").query().isVisible());
    }

    @Test
    void exportsTheSelectedSessionOffTheFxThread(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        Path target = data.resolve("export-" + System.nanoTime() + ".csv");
        dialogs.saveAnswers.push(Optional.of(target));
        robot.clickOn("#exportCsv");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(target));
        assertTrue(Files.readString(target).contains("\"Red\""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.messageProperty().get().startsWith("Exported to"));
    }

    @Test
    void deletesAfterConfirmation(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        dialogs.confirmAnswers.push(true);
        robot.clickOn("#deleteSession");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(List.of("first"), store.load().sessions().stream().map(ClassSession::id).toList());
        assertEquals("1. Owls: 70 of 100 points", standing(robot, 0), "the remaining session is selected");
        robot.interact(() -> { });
        assertFalse(robot.lookup("#deleteSession").queryAs(Button.class).isDisabled());
    }

    private static String standing(FxRobot robot, int index) {
        VBox standings = robot.lookup("#historyStandings").queryAs(VBox.class);
        return ((Label) standings.getChildren().get(index)).getText();
    }

    private static ClassSession session(String id, String startedAt, String teamA, String teamB, double a, double b) {
        return new ClassSession(id, Instant.parse(startedAt), AMAZON.id(), List.of(teamA, teamB),
                List.of(new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer(teamA, new EstimateAnswer(300), a),
                        new ClassSession.TeamAnswer(teamB, new EstimateAnswer(30), b)))));
    }
}
