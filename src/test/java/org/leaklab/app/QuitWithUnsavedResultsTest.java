package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.DialogService;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.testing.ScriptedDialogs;

/** Quitting after results could not be saved asks first, and "Save elsewhere" keeps them. */
class QuitWithUnsavedResultsTest {
    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusMessages status = new StatusMessages();
    private final Localization localization = new Localization(Locale.ENGLISH);

    private static ClassSession lesson(String id) {
        return new ClassSession(id, Instant.parse("2024-03-05T09:15:00Z"), "amazon-2018", List.of("Foxes", "Owls"),
                List.of(new ClassSession.Round("estimate-review-deletion", List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(300), 90)))));
    }

    private QuitWithUnsavedResults question(ResultsStore store, Optional<ClassSession> presented) {
        return new QuitWithUnsavedResults(store, () -> presented, dialogs, localization, status, ZoneId.of("UTC"));
    }

    private ResultsStore brokenStoreWithALesson() throws IOException {
        Path occupied = Files.writeString(folder.resolve("data"), "a file where the data folder should be");
        ResultsStore store = new ResultsStore(occupied);
        assertThrows(IOException.class, () -> store.save(lesson("today")));
        return store;
    }

    @Test
    void everythingSavedMeansNoQuestion() throws IOException {
        ResultsStore store = new ResultsStore(folder);
        store.save(lesson("today"));
        assertTrue(question(store, Optional.empty()).mayQuit());
        assertEquals(List.of(), dialogs.questions);
    }

    @Test
    void theClassOnTheProjectorIsSavedOnceMoreBeforeAsking() throws IOException {
        ResultsStore store = new ResultsStore(folder);
        assertTrue(question(store, Optional.of(lesson("on-screen"))).mayQuit());
        assertEquals(List.of(), dialogs.questions, "it could be saved: nothing to ask");
        assertEquals(List.of("on-screen"), store.load().sessions().stream().map(ClassSession::id).toList());
    }

    @Test
    void cancelKeepsLeakLabOpenAndQuitAnywayQuits() throws IOException {
        ResultsStore store = brokenStoreWithALesson();
        dialogs.askAnswers.push(DialogService.Choice.CANCEL);
        assertFalse(question(store, Optional.empty()).mayQuit());
        assertEquals(1, dialogs.questions.size());
        assertEquals("Class results not saved The results of 1 class session could not be saved to "
                + folder.resolve("data") + ". Save them elsewhere before you quit, or they are lost.",
                dialogs.questions.get(0));
        dialogs.askAnswers.push(DialogService.Choice.SECOND);
        assertTrue(question(store, Optional.empty()).mayQuit());
    }

    @Test
    void saveElsewhereWritesTheResultsWhereTheTeacherChoosesThenQuits() throws IOException {
        ResultsStore store = brokenStoreWithALesson();
        dialogs.askAnswers.push(DialogService.Choice.FIRST);
        Path stick = Files.createDirectories(folder.resolve("stick"));
        dialogs.saveAnswers.push(Optional.of(stick.resolve("lesson")));
        assertTrue(question(store, Optional.empty()).mayQuit());
        assertEquals(List.of("leaklab-results-" + java.time.LocalDate.now(ZoneId.of("UTC")) + ".json"),
                dialogs.suggestedNames);
        List<ClassSession> saved = new ResultsStore(stick).load().sessions(); // not read: a different name
        assertEquals(List.of(), saved);
        Files.move(stick.resolve("lesson.json"), stick.resolve(ResultsStore.FILE_NAME));
        assertEquals(List.of("today"), new ResultsStore(stick).load().sessions().stream().map(ClassSession::id).toList(),
                "copied as results.json into a data folder, LeakLab reads it");
        assertEquals("Class results saved to " + stick.resolve("lesson.json") + ". To use them again, copy the file "
                + "as results.json into the data folder of LeakLab.", status.messageProperty().get());
        assertTrue(question(store, Optional.empty()).mayQuit(), "saved elsewhere and unchanged since: no question");
        assertEquals(1, dialogs.questions.size());
        assertThrows(IOException.class, () -> store.save(lesson("tomorrow")));
        assertFalse(question(store, Optional.empty()).mayQuit(), "a new lesson is at risk again");
    }

    @Test
    void aCancelledChooserOrAFailedPlaceAsksAgain() throws IOException {
        ResultsStore store = brokenStoreWithALesson();
        Path occupied = Files.writeString(folder.resolve("occupied"), "not a folder");
        dialogs.askAnswers.add(DialogService.Choice.FIRST);
        dialogs.askAnswers.add(DialogService.Choice.FIRST);
        dialogs.askAnswers.add(DialogService.Choice.CANCEL);
        dialogs.saveAnswers.add(Optional.empty());
        dialogs.saveAnswers.add(Optional.of(occupied.resolve("lesson.json")));
        assertFalse(question(store, Optional.empty()).mayQuit());
        assertEquals(3, dialogs.questions.size());
        assertEquals(List.of("The class results could not be saved there: LeakLab cannot write to " + occupied
                + ": choose another folder or ask your administrator."), dialogs.errors);
    }
}
