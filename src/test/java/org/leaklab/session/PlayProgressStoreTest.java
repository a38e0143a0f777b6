package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;

class PlayProgressStoreTest {
    private static final Instant SAVED = Instant.parse("2025-03-05T09:15:00Z");

    @TempDir
    Path data;

    static PlayProgress progress(String caseId, int step) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("rank-seller", new RankingAnswer(List.of("sales-stats", "keyword-stats")));
        answers.put("estimate-emails", new EstimateAnswer(1500.5));
        answers.put("choice-measures", new ChoiceAnswer(Set.of("b", "a")));
        Map<String, Answer> drafts = Map.of("decision-employee", new DecisionAnswer(List.of("refuse")));
        return new PlayProgress(caseId, SAVED, step, answers, drafts);
    }

    @Test
    void theRankingsSeedSurvivesARoundTripExactlyAndAFileWithoutOneStillReads() throws IOException {
        PlayProgress plain = progress("amazon-2018", 3);
        PlayProgress seeded = new PlayProgress(plain.caseId(), plain.savedAt(), plain.step(), plain.answers(),
                plain.drafts(), java.util.OptionalLong.of(Long.MIN_VALUE + 12345));
        new PlayProgressStore(data).save(seeded);
        assertEquals(seeded, new PlayProgressStore(data).load().plays().get("amazon-2018"),
                "a 64-bit seed, not rounded to a double");
        new PlayProgressStore(data).save(plain);
        assertEquals(java.util.OptionalLong.empty(), new PlayProgressStore(data).load().plays().get("amazon-2018").seed());
    }

    @Test
    void noFileMeansNothingInProgressAndNoProblem() throws IOException {
        PlayProgressStore.Outcome outcome = new PlayProgressStore(data.resolve("not-yet")).load();
        assertEquals(Map.of(), outcome.plays());
        assertTrue(outcome.problem().isEmpty());
    }

    @Test
    void everyAnswerKindDraftAndStepSurviveARoundTrip() throws IOException {
        PlayProgress saved = progress("amazon-2018", 5);
        new PlayProgressStore(data).save(saved);
        PlayProgress loaded = new PlayProgressStore(data).load().plays().get("amazon-2018");
        assertEquals(saved, loaded);
        assertEquals(List.of("rank-seller", "estimate-emails", "choice-measures"), List.copyOf(loaded.answers().keySet()),
                "answers keep the order they were given in");
        String json = Files.readString(data.resolve(PlayProgressStore.FILE_NAME));
        assertTrue(json.contains("\"format\": \"leaklab-play-progress\""), json);
        assertTrue(json.contains("\"version\": 1"), json);
    }

    @Test
    void oneCaseIsReplacedOthersAreKeptAndDeletingForgetsOnlyIt() throws IOException {
        PlayProgressStore store = new PlayProgressStore(data);
        store.save(progress("a", 1));
        store.save(progress("b", 2));
        store.save(progress("a", 7));
        assertEquals(7, store.load().plays().get("a").step());
        assertEquals(2, store.load().plays().get("b").step());
        store.delete("a");
        assertEquals(Set.of("b"), store.load().plays().keySet());
        store.delete("not-there");
        assertEquals(Set.of("b"), store.load().plays().keySet());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheBackupIsUsed() throws IOException {
        PlayProgressStore store = new PlayProgressStore(data);
        store.save(progress("a", 3));
        store.save(progress("a", 4)); // the version with step 3 is now the backup
        Path file = store.file();
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8); // a crash mid-write elsewhere

        PlayProgressStore.Outcome outcome = new PlayProgressStore(data).load();

        PlayProgressStore.Problem problem = outcome.problem().orElseThrow();
        assertEquals("RESTORED", problem.detail());
        assertTrue(problem.keptAs().getFileName().toString().startsWith("progress.json.damaged-"), problem.keptAs().toString());
        assertEquals(whole.substring(0, whole.length() / 2), Files.readString(problem.keptAs()), "the damaged file is kept as it was");
        assertEquals(file, problem.restoredFrom().orElseThrow(), "the backup took the file's place");
        assertEquals(3, outcome.plays().get("a").step(), "the backup's play-through");
        assertEquals(3, new PlayProgressStore(data).load().plays().get("a").step(), "written back, readable again");
    }

    @Test
    void aDamagedFileWithoutAUsableBackupStartsAfresh() throws IOException {
        Path file = data.resolve(PlayProgressStore.FILE_NAME);
        Files.writeString(file, "{\"format\": \"leaklab-play-progress\", \"version\": 1, \"plays\": [{\"caseId\": 3}]}");
        Files.writeString(file.resolveSibling(PlayProgressStore.FILE_NAME + ".1"), "not json");
        PlayProgressStore.Outcome outcome = new PlayProgressStore(data).load();
        assertEquals(Map.of(), outcome.plays());
        PlayProgressStore.Problem problem = outcome.problem().orElseThrow();
        assertEquals("DAMAGED", problem.detail());
        assertTrue(problem.restoredFrom().isEmpty());
        assertFalse(Files.exists(file), "moved aside, never overwritten");
        new PlayProgressStore(data).save(progress("a", 1));
        assertEquals(Set.of("a"), new PlayProgressStore(data).load().plays().keySet(), "saving works again");
    }

    @Test
    void anotherJsonFileOrANewerVersionIsNotMistakenForProgress() throws IOException {
        assertThrows(ResultsFormatException.class, () -> PlayProgressStore.parse("{\"format\": \"leaklab-class-results\"}"));
        ResultsFormatException newer = assertThrows(ResultsFormatException.class, () -> PlayProgressStore.parse(
                "{\"format\": \"leaklab-play-progress\", \"version\": 2, \"plays\": []}"));
        assertTrue(newer.getMessage().startsWith("$.version"), newer.getMessage());
        ResultsFormatException step = assertThrows(ResultsFormatException.class, () -> PlayProgressStore.parse(
                "{\"format\": \"leaklab-play-progress\", \"version\": 1, \"plays\": [{\"caseId\": \"a\", "
                        + "\"savedAt\": \"2025-03-05T09:15:00Z\", \"step\": -1, \"answers\": [], \"drafts\": []}]}"));
        assertEquals("$.plays[0].step: not a step number", step.getMessage());
    }

    @Test
    void progressSavedElsewhereReadsBackTheSame() throws IOException, ResultsFormatException {
        Path elsewhere = data.resolve("usb").resolve("my-progress.json");
        PlayProgressStore.export(elsewhere, List.of(progress("a", 2), progress("b", 9)));
        Map<String, PlayProgress> read = PlayProgressStore.read(elsewhere);
        assertEquals(progress("a", 2), read.get("a"));
        assertEquals(progress("b", 9), read.get("b"));
    }

    @Test
    void aFolderThatCannotBeWrittenFailsTheSaveAndLosesNothingOnDisk() throws IOException {
        Path notAFolder = data.resolve("file-not-folder");
        Files.writeString(notAFolder, "x");
        assertThrows(IOException.class, () -> new PlayProgressStore(notAFolder).save(progress("a", 1)));
        assertEquals("x", Files.readString(notAFolder));
    }
}
