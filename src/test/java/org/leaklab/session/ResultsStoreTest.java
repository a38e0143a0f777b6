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
import org.leaklab.io.AtomicFileWriter;
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
        Path backup = AtomicFileWriter.backupOf(store.file());
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
        assertEquals("disk full", failure.getMessage());
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
    void aCorruptFileIsMovedAsideAndReportedNeverOverwritten() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        String garbage = "{\"format\": \"leaklab-class-results\", \"version\": 1, \"sessions\": [ {\"id\": ";
        Files.writeString(store.file(), garbage);
        ResultsStore.Outcome outcome = store.load();
        assertEquals(List.of(), outcome.sessions());
        ResultsStore.Problem problem = outcome.problem().orElseThrow();
        assertTrue(problem.keptAs().getFileName().toString().startsWith("results.json.corrupt-"), problem.keptAs().toString());
        assertEquals(garbage, Files.readString(problem.keptAs()), "the broken file is kept unchanged");
        assertFalse(Files.exists(store.file()));
        // The next save starts a fresh file; the corrupt one is still there.
        store.save(ClassSessions.allKinds("new"));
        assertEquals(garbage, Files.readString(problem.keptAs()));
        assertEquals(1, store.load().sessions().size());
    }

    @Test
    void aCorruptFileFoundWhileSavingIsReportedBySave() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        Files.writeString(store.file(), "not json at all");
        ResultsStore.Outcome outcome = store.save(ClassSessions.allKinds("x"));
        assertTrue(outcome.problem().isPresent());
        assertEquals("not json at all", Files.readString(outcome.problem().get().keptAs()));
        assertEquals(List.of("x"), outcome.sessions().stream().map(ClassSession::id).toList());
    }

    @Test
    void twoCorruptFilesInOneSecondAreBothKept() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(data);
        Files.writeString(store.file(), "[1]");
        Path first = store.load().problem().orElseThrow().keptAs();
        Files.writeString(store.file(), "[2]");
        Path second = store.load().problem().orElseThrow().keptAs();
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
    void aFileThatCannotBeReadIsLeftAloneAndTheErrorIsThrown() throws IOException {
        ResultsStore store = new ResultsStore(data);
        Files.createDirectories(store.file().resolve("child")); // a folder where the file should be
        assertThrows(IOException.class, store::load);
        assertThrows(IOException.class, () -> store.save(ClassSessions.allKinds("a")));
        assertTrue(Files.isDirectory(store.file().resolve("child")));
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
