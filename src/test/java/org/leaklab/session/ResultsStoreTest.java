package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Instant;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.io.BackedUpFile;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;

class ResultsStoreTest {
    @TempDir
    Path data;

    @Test
    void anEmptyFolderHasNoSessionsAndNoProblem() throws IOException {
        ResultsStore.Outcome outcome = new ResultsStore(data.resolve("not-yet")).load();
        assertEquals(List.of(), outcome.sessions());
        assertTrue(outcome.problem().isEmpty());
    }

    @Test
    void everyAnswerKindSurvivesARoundTrip() throws IOException {
        ClassSession session = ClassSessions.allKinds("s1");
        new ResultsStore(data).save(session);
        List<ClassSession> loaded = new ResultsStore(data).load().sessions();
        assertEquals(List.of(session), loaded);
        ClassSession back = loaded.get(0);
        assertEquals(new RankingAnswer(List.of("sales-stats", "keyword-stats", "reviewer-emails")),
                back.round("rank-seller").orElseThrow().answerOf("Foxes").orElseThrow().answer());
        assertEquals(new EstimateAnswer(250.75),
                back.round("estimate-sales-stats").orElseThrow().answerOf("Foxes").orElseThrow().answer());
        assertEquals(new ChoiceAnswer(java.util.Set.of("a", "b")),
                back.round("choice-measures").orElseThrow().answerOf("Owls").orElseThrow().answer());
        assertEquals(new DecisionAnswer(List.of("refuse", "report")),
                back.round("decision-employee").orElseThrow().answerOf("Foxes").orElseThrow().answer());
        assertEquals(12.25, back.round("estimate-sales-stats").orElseThrow().answerOf("Owls").orElseThrow().score());
    }

    @Test
    void theFileIsExplicitVersionedJsonWithAKindPerAnswer() throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("s1"));
        String json = Files.readString(store.file());
        assertTrue(json.contains("\"format\": \"leaklab-class-results\""), json);
        assertTrue(json.contains("\"version\": 1"), json);
        for (String kind : List.of("ranking", "estimate", "choice", "decision")) {
            assertTrue(json.contains("\"kind\": \"" + kind + "\""), kind);
        }
        assertTrue(json.contains("\"startedAt\": \"2024-03-05T09:15:00Z\""), json);
    }

    @Test
    void savingAgainReplacesBySessionIdAndKeepsOthers() throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("a"));
        store.save(ClassSessions.allKinds("b"));
        ClassSession changed = new ClassSession("a", ClassSessions.allKinds("a").startedAt(), "amazon-2018",
                List.of("Foxes", "Owls"), List.of());
        ResultsStore.Outcome outcome = store.save(changed);
        assertEquals(List.of("b", "a"), outcome.sessions().stream().map(ClassSession::id).toList());
        assertEquals(List.of(), store.load().sessions().get(1).rounds());
    }

    @Test
    void deletingRemovesOnlyThatSession() throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("a"));
        store.save(ClassSessions.allKinds("b"));
        assertEquals(List.of("b"), store.delete("a").sessions().stream().map(ClassSession::id).toList());
        assertEquals(List.of("b"), store.load().sessions().stream().map(ClassSession::id).toList());
        assertEquals(1, store.delete("unknown").sessions().size());
    }

    @Test
    void eachSaveKeepsThePreviousVersionAsBackup() throws Exception {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("a"));
        String first = Files.readString(store.file());
        store.save(ClassSessions.allKinds("b"));
        Path backup = data.resolve(ResultsStore.FILE_NAME + ".1");
        assertEquals(List.of(backup), store.backups());
        assertEquals(first, Files.readString(backup));
        assertEquals(List.of("a"), ResultsStore.parse(Files.readString(backup)).stream().map(ClassSession::id).toList());
    }

    @Test
    void aCrashInTheMiddleOfAWriteLeavesThePreviousFileIntact() throws IOException {
        new ResultsStore(data).save(ClassSessions.allKinds("a"));
        Path file = data.resolve(ResultsStore.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        // The disk "fills up" after 100 bytes of the new version.
        ResultsStore crashing = new ResultsStore(data, out -> new FailingAfter(out, 100));
        IOException failure = assertThrows(IOException.class, () -> crashing.save(ClassSessions.allKinds("b")));
        assertEquals("disk full", failure.getCause().getMessage());
        assertEquals(FileProblem.Kind.DISK_FULL, ((FileProblemException) failure).problem().kind());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        assertEquals(List.of(), temporaryFiles(), "the half-written temp file is removed");
        assertEquals(List.of("a"), new ResultsStore(data).load().sessions().stream().map(ClassSession::id).toList());
    }

    @Test
    void aLeftoverTempFileFromAKilledProcessIsCleanedUpAtStart() throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("a"));
        // What a process killed between creating and moving its temp file leaves behind:
        Path leftover = data.resolve("." + ResultsStore.FILE_NAME + "-98765" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(leftover, "{\"format\": \"leaklab-class-res");
        assertEquals(List.of(leftover), new ResultsStore(data).removeLeftovers());
        assertEquals(List.of(), temporaryFiles());
        assertEquals(List.of("a"), store.load().sessions().stream().map(ClassSession::id).toList());
    }

    @Test
    void aCorruptFileWithoutABackupIsMovedAsideAndReportedNeverOverwritten() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        String garbage = "{\"format\": \"leaklab-class-results\", \"version\": 1, \"sessions\": [ {\"id\": ";
        Files.writeString(store.file(), garbage);
        ResultsStore.Outcome outcome = store.load();
        assertEquals(List.of(), outcome.sessions());
        FileProblem problem = outcome.problem().orElseThrow();
        assertEquals(FileProblem.Kind.DAMAGED, problem.kind());
        Path keptAs = problem.keptAs().orElseThrow();
        assertTrue(keptAs.getFileName().toString().startsWith("results.json.damaged-"), keptAs.toString());
        assertEquals(garbage, Files.readString(keptAs), "the broken file is kept unchanged");
        assertFalse(Files.exists(store.file()));
        // The next save starts a fresh file; the corrupt one is still there.
        store.save(ClassSessions.allKinds("new"));
        assertEquals(garbage, Files.readString(keptAs));
        assertEquals(1, store.load().sessions().size());
    }

    @Test
    void aCorruptFileFoundWhileSavingIsReportedBySave() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        Files.writeString(store.file(), "not json at all");
        ResultsStore.Outcome outcome = store.save(ClassSessions.allKinds("x"));
        assertTrue(outcome.problem().isPresent());
        assertEquals("not json at all", Files.readString(outcome.problem().get().keptAs().orElseThrow()));
        assertEquals(List.of("x"), outcome.sessions().stream().map(ClassSession::id).toList());
    }

    @Test
    void twoCorruptFilesInOneSecondAreBothKept() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        Files.writeString(store.file(), "[1]");
        Path first = store.load().problem().orElseThrow().keptAs().orElseThrow();
        Files.writeString(store.file(), "[2]");
        Path second = store.load().problem().orElseThrow().keptAs().orElseThrow();
        assertFalse(first.equals(second));
        assertEquals("[1]", Files.readString(first));
        assertEquals("[2]", Files.readString(second));
    }

    @Test
    void problemsNameThePathOfWhatIsWrong() {
        String badKind = "{\"format\":\"leaklab-class-results\",\"version\":1,\"sessions\":[{\"id\":\"a\","
                + "\"startedAt\":\"2024-03-05T09:15:00Z\",\"caseId\":\"c\",\"teams\":[\"A\",\"B\"],\"rounds\":[{"
                + "\"scenarioId\":\"s\",\"answers\":[{\"team\":\"A\",\"score\":5,\"answer\":{\"kind\":\"poem\"}}]}]}]}";
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsStore.parse(badKind));
        assertEquals("$.sessions[0].rounds[0].answers[0].answer.kind: unknown answer kind \"poem\"", e.getMessage());

        String newer = "{\"format\":\"leaklab-class-results\",\"version\":2,\"sessions\":[]}";
        assertTrue(assertThrows(ResultsFormatException.class, () -> ResultsStore.parse(newer)).getMessage()
                .startsWith("$.version"));
        String unknownTeam = badKind.replace("{\"kind\":\"poem\"}", "{\"kind\":\"estimate\",\"value\":3}")
                .replace("\"team\":\"A\"", "\"team\":\"Z\"");
        assertTrue(assertThrows(ResultsFormatException.class, () -> ResultsStore.parse(unknownTeam)).getMessage()
                .contains("unknown team Z"));
        String otherJson = "{\"sessions\":[]}";
        assertEquals("$.format: not a LeakLab results file",
                assertThrows(ResultsFormatException.class, () -> ResultsStore.parse(otherJson)).getMessage());
    }

    @Test
    void aFileThatCannotBeReadIsLeftAloneAndReported() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(store.file().resolve("child")); // a folder where the file should be
        assertEquals(FileProblem.Kind.UNREADABLE, store.load().problem().orElseThrow().kind());
        FileProblemException failure = assertThrows(FileProblemException.class,
                () -> store.save(ClassSessions.allKinds("a")));
        assertEquals(FileProblem.Kind.UNREADABLE, failure.problem().kind());
        assertTrue(Files.isDirectory(store.file().resolve("child")), "never written over");
        assertEquals(List.of("a"), store.unsaved().stream().map(ClassSession::id).toList(), "kept in memory");
    }

    // ---- Loss 3: a damaged results file lost the class history ----

    @Test
    void aTruncatedFileIsReplacedByItsGoodBackupAndTwoSavesLaterThatGenerationStillExists() throws Exception {
        // As the issue found it: results.json truncated, results.json.bak (the old single backup) intact.
        Files.createDirectories(data);
        String lessons = ResultsStore.toJson(List.of(ClassSessions.allKinds("monday"), ClassSessions.allKinds("tuesday")))
                .toString();
        Path legacy = data.resolve(ResultsStore.FILE_NAME + ".bak");
        Files.writeString(legacy, lessons);
        Instant savedAt = Instant.parse("2024-03-04T14:00:00Z");
        Files.setLastModifiedTime(legacy, java.nio.file.attribute.FileTime.from(savedAt));
        Files.writeString(data.resolve(ResultsStore.FILE_NAME), lessons.substring(0, lessons.length() / 2));

        ResultsStore store = new ResultsStore(data);
        ResultsStore.Outcome outcome = store.load();
        assertEquals(List.of("monday", "tuesday"), outcome.sessions().stream().map(ClassSession::id).toList());
        FileProblem restored = outcome.problem().orElseThrow();
        assertEquals(FileProblem.Kind.RESTORED, restored.kind());
        assertEquals(java.util.Optional.of(savedAt), restored.restoredVersion());

        store.save(ClassSessions.allKinds("wednesday"));
        store.save(ClassSessions.allKinds("thursday"));
        assertEquals(List.of("monday", "tuesday", "wednesday", "thursday"),
                store.load().sessions().stream().map(ClassSession::id).toList());
        boolean goodGeneration = false;
        for (Path backup : store.backups()) {
            List<String> ids = ResultsStore.parse(Files.readString(backup)).stream().map(ClassSession::id).toList();
            goodGeneration |= ids.equals(List.of("monday", "tuesday"));
        }
        assertTrue(goodGeneration, "the restored lessons are still a backup generation");
        assertEquals(lessons.substring(0, lessons.length() / 2),
                Files.readString(restored.keptAs().orElseThrow()), "the damaged file is kept too");
    }

    @Test
    void aLessonSavedAfterTheHistoryWasLostNeverPushesOutTheFullBackup() throws IOException {
        ResultsStore store = new ResultsStore(data);
        for (int i = 0; i < 4; i++) {
            store.save(ClassSessions.allKinds("lesson-" + i));
        }
        String full = Files.readString(store.file());
        for (Path backup : store.backups()) {
            Files.writeString(backup, "damaged"); // every backup lost as well
        }
        Files.writeString(store.file(), "damaged");
        assertEquals(FileProblem.Kind.DAMAGED, store.load().problem().orElseThrow().kind());
        Files.writeString(data.resolve(ResultsStore.FILE_NAME + ".1"), full); // a copy put back by hand
        for (int i = 0; i < BackedUpFile.DEFAULT_GENERATIONS + 3; i++) {
            store.save(ClassSessions.allKinds("today")); // the same lesson, saved after each reveal
        }
        boolean kept = false;
        for (Path backup : store.backups()) {
            kept |= Files.readString(backup).equals(full);
        }
        assertTrue(kept, "the largest version stays among the backups");
    }

    // ---- Loss 4: a read-only data folder lost the results without a word ----

    @Test
    void aReadOnlyFolderKeepsTheSessionInMemoryAndSaysWhichFolderNotWhichTemporaryFile() throws Exception {
        new ResultsStore(data).save(ClassSessions.allKinds("earlier"));
        // What Java reports when the folder is read-only: the temporary file's path, nothing else.
        boolean[] readOnly = {true};
        ResultsStore store = new ResultsStore(data, out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (readOnly[0]) {
                    throw new java.nio.file.AccessDeniedException(data.resolve(".results.json-4711.tmp").toString());
                }
                super.write(b, off, len);
            }
        });
        List<ResultsStore.SaveState> heard = new java.util.ArrayList<>();
        store.addSaveListener(heard::add);

        FileProblemException failure = assertThrows(FileProblemException.class,
                () -> store.save(ClassSessions.allKinds("today")));
        FileProblem problem = failure.problem();
        assertEquals(FileProblem.Kind.NOT_WRITABLE, problem.kind());
        assertEquals(store.file(), problem.file());
        assertEquals(data, problem.folder());
        assertEquals(List.of("today"), store.unsaved().stream().map(ClassSession::id).toList());
        assertFalse(store.saveState().isSafe());
        assertEquals(1, heard.size());
        assertEquals(java.util.Optional.of(problem), heard.get(0).problem());
        ResultsStore.Outcome shown = store.load();
        assertEquals(List.of("earlier", "today"), shown.sessions().stream().map(ClassSession::id).toList(),
                "the history shows the unsaved session too");
        assertEquals(java.util.Set.of("today"), shown.unsavedIds());

        // Saved elsewhere: a complete results file that LeakLab reads like its own.
        Path elsewhere = data.resolve("stick/leaklab-results.json");
        assertEquals(2, store.saveElsewhere(elsewhere));
        assertEquals(List.of("earlier", "today"), ResultsStore.parse(Files.readString(elsewhere)).stream()
                .map(ClassSession::id).toList());
        assertEquals(1, store.unsaved().size(), "still not in the data folder");

        // Once the folder can be written again, the next save writes both, and everybody hears it.
        readOnly[0] = false;
        store.save(ClassSessions.allKinds("tomorrow"));
        assertEquals(List.of("earlier", "today", "tomorrow"),
                new ResultsStore(data).load().sessions().stream().map(ClassSession::id).toList());
        assertTrue(store.saveState().isSafe());
        assertEquals(java.util.Optional.empty(), store.saveState().problem());
        assertEquals(2, heard.size());
        assertTrue(heard.get(1).isSafe());
    }

    @Test
    void aRemovedListenerHearsNothingMore() throws IOException {
        Path occupied = Files.writeString(data.resolve("occupied"), "a file, not a folder");
        ResultsStore store = new ResultsStore(occupied);
        List<ResultsStore.SaveState> heard = new java.util.ArrayList<>();
        java.util.function.Consumer<ResultsStore.SaveState> listener = heard::add;
        store.addSaveListener(listener);
        store.removeSaveListener(listener);
        assertThrows(FileProblemException.class, () -> store.save(ClassSessions.allKinds("a")));
        assertEquals(List.of(), heard);
    }

    @Test
    void savingElsewhereToAFolderThatCannotBeWrittenIsAProblemToo() throws IOException {
        ResultsStore store = new ResultsStore(data);
        store.save(ClassSessions.allKinds("a"));
        Path occupied = Files.writeString(data.resolve("occupied"), "a file, not a folder");
        FileProblemException failure = assertThrows(FileProblemException.class,
                () -> store.saveElsewhere(occupied.resolve("results.json")));
        assertEquals(FileProblem.Kind.NOT_WRITABLE, failure.problem().kind());
        assertEquals(occupied, failure.problem().folder());
    }

    @Test
    void deletingASessionThatWasNeverSavedForgetsIt() throws IOException {
        Path occupied = Files.writeString(data.resolve("occupied"), "a file, not a folder");
        ResultsStore store = new ResultsStore(occupied);
        assertThrows(FileProblemException.class, () -> store.save(ClassSessions.allKinds("a")));
        List<ResultsStore.SaveState> heard = new java.util.ArrayList<>();
        store.addSaveListener(heard::add);
        store.delete("a");
        assertEquals(List.of(), store.unsaved());
        assertTrue(heard.get(0).isSafe(), "nothing is at risk any more");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList();
        }
    }

    /** A stream that accepts {@code limit} bytes and then fails like a full disk. */
    private static final class FailingAfter extends FilterOutputStream {
        private int remaining;

        FailingAfter(OutputStream out, int limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("disk full");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
