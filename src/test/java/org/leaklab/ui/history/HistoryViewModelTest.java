package org.leaklab.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.testing.ScriptedDialogs;

class HistoryViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path data;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusMessages status = new StatusMessages();
    private ResultsStore store;
    private HistoryViewModel history;

    @BeforeEach
    void setUp() {
        store = new ResultsStore(data);
        // Executors that run at once keep the test on one thread.
        PlayServices services = new PlayServices(dialogs, status, address -> { }, Runnable::run, Runnable::run);
        history = new HistoryViewModel(store, id -> id.equals(AMAZON.id()) ? Optional.of(AMAZON) : Optional.empty(),
                new Localization(Locale.ENGLISH), services, UTC);
    }

    @Test
    void listsSessionsNewestFirstWithCaseTeamsAndWinner() throws IOException {
        store.save(session("old", "2024-01-10T08:00:00Z", 50, 70));
        store.save(session("new", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        assertEquals(List.of("new", "old"), history.getSessions().stream().map(ClassSession::id).toList());
        ClassSession newest = history.getSessions().get(0);
        assertEquals(newest, history.selectedProperty().get(), "the newest is selected");
        assertEquals(AMAZON.title().in(Locale.ENGLISH), history.caseText(newest));
        assertEquals("Foxes, Owls", history.teamsText(newest));
        assertEquals("Foxes, 90 of 100 points", history.resultText(newest));
        assertEquals("Owls, 70 of 100 points", history.resultText(history.getSessions().get(1)));
        assertEquals(List.of("1. Foxes: 90 of 100 points", "2. Owls: 40 of 100 points"), history.standingLines());
        assertEquals("1 scenario played", history.roundsText());
        assertFalse(history.emptyProperty().get());
    }

    @Test
    void aTieIsNamedAsATie() throws IOException {
        store.save(session("tie", "2024-01-10T08:00:00Z", 60, 60));
        history.load();
        assertEquals("Tie: Foxes, Owls, 60 of 100 points", history.resultText(history.getSessions().get(0)));
        assertEquals(List.of("1. Foxes: 60 of 100 points", "1. Owls: 60 of 100 points"), history.standingLines());
    }

    @Test
    void anEmptyHistorySaysSo() {
        history.load();
        assertTrue(history.emptyProperty().get());
        assertTrue(history.actionsDisabledProperty().get());
        assertEquals("", history.problemProperty().get());
    }

    @Test
    void aCorruptFileIsReportedInlineAndInTheStatusLine() throws IOException {
        Files.createDirectories(data);
        Files.writeString(store.file(), "{ broken");
        history.load();
        assertTrue(history.problemProperty().get().startsWith("The saved class results could not be read"),
                history.problemProperty().get());
        assertTrue(history.problemProperty().get().contains("results.json.corrupt-"));
        assertTrue(status.warningProperty().get());
    }

    @Test
    void exportsTheSelectedSessionAsCsvWhereTheTeacherChooses() throws IOException {
        store.save(session("s", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        Path chosen = data.resolve("export/lesson"); // no extension typed
        Files.createDirectories(chosen.getParent());
        dialogs.saveAnswers.push(Optional.of(chosen));
        history.exportSelected();
        assertEquals(List.of("leaklab-amazon-2018-2024-03-05-0915.csv"), dialogs.suggestedNames);
        Path written = data.resolve("export/lesson.csv");
        byte[] bytes = Files.readAllBytes(written);
        assertEquals((byte) 0xEF, bytes[0], "starts with the BOM");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Foxes\",\"$300\",\"90\""), csv);
        assertEquals("Exported to " + written, status.messageProperty().get());
    }

    @Test
    void cancellingTheFileChooserWritesNothing() throws IOException {
        store.save(session("s", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        history.exportSelected();
        assertEquals(1, dialogs.suggestedNames.size());
        try (var files = Files.list(data)) {
            assertEquals(List.of(store.file()), files.filter(f -> !f.toString().endsWith(".bak")).toList());
        }
    }

    @Test
    void aFailedExportIsShownAsAnError() throws IOException {
        store.save(session("s", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        Path folderInTheWay = data.resolve("taken.csv");
        Files.createDirectories(folderInTheWay.resolve("child"));
        dialogs.saveAnswers.push(Optional.of(folderInTheWay));
        history.exportSelected();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The CSV file could not be written"), dialogs.errors.get(0));
        assertFalse(history.busyProperty().get());
    }

    @Test
    void deletesOnlyAfterConfirmation() throws IOException {
        store.save(session("a", "2024-01-10T08:00:00Z", 50, 70));
        store.save(session("b", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        dialogs.confirmAnswers.push(false);
        history.deleteSelected();
        assertEquals(2, store.load().sessions().size(), "declined: nothing deleted");
        dialogs.confirmAnswers.push(true);
        history.deleteSelected();
        assertEquals(List.of("a"), store.load().sessions().stream().map(ClassSession::id).toList());
        assertEquals(List.of("a"), history.getSessions().stream().map(ClassSession::id).toList());
        assertEquals("a", history.selectedProperty().get().id(), "the next session is selected");
        assertEquals(2, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("Foxes, Owls"));
    }

    private static ClassSession session(String id, String startedAt, double foxes, double owls) {
        return new ClassSession(id, Instant.parse(startedAt), AMAZON.id(), List.of("Foxes", "Owls"),
                List.of(new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(300), foxes),
                        new ClassSession.TeamAnswer("Owls", new EstimateAnswer(30), owls)))));
    }
}
