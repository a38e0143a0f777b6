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
    private final Localization localization = new Localization(Locale.ENGLISH);
    private ResultsStore store;
    private HistoryViewModel history;

    @BeforeEach
    void setUp() {
        store = new ResultsStore(data);
        // Executors that run at once keep the test on one thread.
        PlayServices services = new PlayServices(dialogs, status, address -> { }, Runnable::run, Runnable::run);
        history = new HistoryViewModel(store, id -> id.equals(AMAZON.id()) ? Optional.of(AMAZON) : Optional.empty(),
                localization, services, UTC);
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
    void aCorruptFileWithoutABackupIsReportedInWordsInlineAndInTheStatusLine() throws IOException {
        Files.createDirectories(data);
        Files.writeString(store.file(), "{ broken");
        history.load();
        String problem = history.problemProperty().get();
        assertTrue(problem.startsWith("The class results file was damaged and there is no good backup."), problem);
        assertTrue(problem.contains("results.json.damaged-"), problem);
        assertInWords(problem);
        assertTrue(status.warningProperty().get());
    }

    // ---- Loss 3: "No class sessions saved yet" beside an exception, although the backup held the lessons ----

    @Test
    void aTruncatedFileWithAGoodBackupShowsTheLessonsAndSaysWhatWasRestoredAndFromWhen() throws IOException {
        store.save(session("monday", "2024-03-04T08:00:00Z", 50, 70));
        store.save(session("tuesday", "2024-03-05T09:15:00Z", 90, 40));
        Path backup = data.resolve("results.json.1");
        Files.setLastModifiedTime(backup, java.nio.file.attribute.FileTime.from(Instant.parse("2024-03-04T08:50:00Z")));
        String text = Files.readString(store.file());
        Files.writeString(store.file(), text.substring(0, text.length() - 40)); // truncated
        history.load();
        assertEquals(List.of("monday"), history.getSessions().stream().map(ClassSession::id).toList(),
                "the lessons of the backup are listed");
        assertFalse(history.emptyProperty().get());
        String problem = history.problemProperty().get();
        assertTrue(problem.startsWith("The class results file was damaged. LeakLab restored the copy saved on "
                + "Mar 4, 2024, 8:50"), problem);
        assertTrue(problem.contains("the damaged file is kept as results.json.damaged-"), problem);
        assertInWords(problem);
        assertEquals(problem, status.messageProperty().get());

        // Two saves later the restored lessons are still a backup generation.
        store.save(session("wednesday", "2024-03-06T09:15:00Z", 10, 20));
        store.save(session("thursday", "2024-03-07T09:15:00Z", 10, 20));
        history.load();
        assertEquals("", history.problemProperty().get());
        assertEquals(List.of("thursday", "wednesday", "monday"),
                history.getSessions().stream().map(ClassSession::id).toList());
        assertTrue(store.backups().stream().anyMatch(b -> {
            try {
                return Files.readString(b).contains("\"monday\"") && !Files.readString(b).contains("wednesday");
            } catch (IOException e) {
                return false;
            }
        }));
    }

    @Test
    void theNoticeFollowsALanguageSwitch() throws IOException {
        Files.createDirectories(data);
        Files.writeString(store.file(), "{ broken");
        history.load();
        localization.setLocale(Locale.GERMAN);
        assertTrue(history.problemProperty().get().startsWith("Die Datei mit den Unterrichtsergebnissen war beschädigt"),
                history.problemProperty().get());
    }

    // ---- Loss 4: a read-only data folder ----

    @Test
    void resultsThatCouldNotBeSavedAreListedNamedInWordsAndCanBeSavedElsewhere() throws IOException {
        Path occupied = Files.writeString(data.resolve("leaklab"), "a file where the data folder should be");
        ResultsStore broken = new ResultsStore(occupied);
        HistoryViewModel view = new HistoryViewModel(broken, id -> Optional.of(AMAZON), localization,
                new PlayServices(dialogs, status, address -> { }, Runnable::run, Runnable::run), UTC);
        try {
            broken.save(session("today", "2024-03-05T09:15:00Z", 90, 40));
        } catch (IOException expected) {
            // kept in memory
        }
        view.load();
        assertEquals(List.of("today"), view.getSessions().stream().map(ClassSession::id).toList());
        assertTrue(view.dateCellText(view.getSessions().get(0)).endsWith("(not saved)"));
        String problem = view.problemProperty().get();
        assertTrue(problem.startsWith("Class results not saved: LeakLab cannot write to " + occupied + "."), problem);
        assertInWords(problem);
        assertTrue(view.unsavedProperty().get(), "Save elsewhere is offered");

        Path elsewhere = data.resolve("stick/lesson");
        Files.createDirectories(elsewhere.getParent());
        dialogs.saveAnswers.push(Optional.of(elsewhere));
        view.saveElsewhere();
        assertEquals(List.of("leaklab-results-" + java.time.LocalDate.now(UTC) + ".json"), dialogs.suggestedNames);
        assertTrue(Files.readString(data.resolve("stick/lesson.json")).contains("\"today\""));
        assertTrue(status.messageProperty().get().startsWith("Class results saved to " + data.resolve("stick/lesson.json")),
                status.messageProperty().get());
    }

    /** No exception class name, no temporary file, no JSON path in front of a user. */
    static void assertInWords(String text) {
        assertFalse(text.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[a-z.]*[A-Z]\\w*(Exception|Error)\\b.*"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains(".tmp"), text);
        assertFalse(text.contains("$."), text);
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
        assertEquals("The CSV file could not be written: taken.csv could not be saved in " + data
                + ". Choose another folder and try again.", dialogs.errors.get(0));
        assertFalse(history.busyProperty().get());
    }

    @Test
    void exportingOverAnExistingFileLeavesNoStrayBackupBesideIt() throws IOException {
        store.save(session("s", "2024-03-05T09:15:00Z", 90, 40));
        history.load();
        Path folder = Files.createDirectories(data.resolve("exports"));
        Path target = folder.resolve("lesson.csv");
        dialogs.saveAnswers.push(Optional.of(target));
        history.exportSelected();
        dialogs.saveAnswers.push(Optional.of(target));
        history.exportSelected();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
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
