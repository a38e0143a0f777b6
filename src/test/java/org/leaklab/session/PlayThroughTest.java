package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;

class PlayThroughTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private final PlayThrough play = new PlayThrough(AMAZON);

    private RankingScenario firstRanking() {
        return AMAZON.scenarios().stream().filter(RankingScenario.class::isInstance).map(RankingScenario.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void submitScoresWithTheModelAndKeepsTheFirstAnswer() {
        RankingScenario ranking = firstRanking();
        RankingAnswer reference = (RankingAnswer) play.scorer().referenceAnswer(ranking);
        RankingAnswer reversed = new RankingAnswer(reverse(reference.itemIds()));
        var result = play.submit(ranking.id(), reversed);
        assertEquals(play.scorer().score(ranking, reversed), result);
        assertEquals(0, result.rounded(), "the reversed reference order scores 0");
        var again = play.submit(ranking.id(), play.scorer().referenceAnswer(ranking));
        assertEquals(result, again, "the first checked answer counts");
        assertEquals(reversed, play.answer(ranking.id()).orElseThrow());
    }

    @Test
    void draftsAreKeptUntilChecked() {
        RankingScenario ranking = firstRanking();
        RankingAnswer draft = new RankingAnswer(ranking.itemIds());
        play.saveDraft(ranking.id(), draft);
        assertEquals(draft, play.answerOrDraft(ranking.id()).orElseThrow());
        assertFalse(play.isChecked(ranking.id()));
        play.submit(ranking.id(), draft);
        play.saveDraft(ranking.id(), new RankingAnswer(reverse(ranking.itemIds())));
        assertEquals(draft, play.answerOrDraft(ranking.id()).orElseThrow(), "a checked answer is not replaced by a draft");
    }

    @Test
    void totalCountsUnansweredScenariosAsZero() {
        assertEquals(0, play.totalScore());
        for (Scenario scenario : AMAZON.scenarios()) {
            play.submit(scenario.id(), play.scorer().referenceAnswer(scenario));
        }
        assertEquals(100, play.totalScore());
        assertEquals(AMAZON.scenarios().size(), play.checkedCount());
        PlayThrough half = new PlayThrough(AMAZON);
        Scenario first = AMAZON.scenarios().get(0);
        half.submit(first.id(), half.scorer().referenceAnswer(first));
        assertEquals(Math.round(100.0 / AMAZON.scenarios().size()), half.totalScore());
    }

    @Test
    void unknownScenariosAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> play.submit("nope", new RankingAnswer(List.of())));
        assertThrows(IllegalArgumentException.class, () -> play.saveDraft("nope", new RankingAnswer(List.of())));
        assertTrue(play.answerOrDraft("nope").isEmpty());
    }

    @Test
    void progressKeepsAnswersDraftsAndStepAndARestoreScoresThemAgain() {
        RankingScenario ranking = firstRanking();
        RankingAnswer reversed = new RankingAnswer(reverse(ranking.itemIds()));
        play.submit(ranking.id(), reversed);
        Scenario later = AMAZON.scenarios().get(4);
        Answer draft = play.scorer().referenceAnswer(later);
        play.saveDraft(later.id(), draft);
        PlayProgress progress = play.progress(5, java.time.Instant.EPOCH);
        assertEquals(java.util.Map.of(ranking.id(), reversed), progress.answers());
        assertEquals(java.util.Map.of(later.id(), draft), progress.drafts());
        assertEquals(5, progress.step());

        PlayThrough.Restored restored = PlayThrough.restore(new org.leaklab.scoring.ScenarioScorer(AMAZON), progress);
        assertEquals(List.of(), restored.dropped());
        assertEquals(play.result(ranking.id()), restored.play().result(ranking.id()), "scored again, the same");
        assertEquals(draft, restored.play().answerOrDraft(later.id()).orElseThrow());
        assertFalse(restored.play().isChecked(later.id()), "a draft stays a draft");
    }

    @Test
    void aRestoredPlayThroughStartsItsRankingsInTheOrdersTheyShowedBefore() {
        PlayThrough shown = new PlayThrough(new org.leaklab.scoring.ScenarioScorer(AMAZON), 4242L);
        PlayProgress progress = shown.progress(2, java.time.Instant.EPOCH);
        assertEquals(java.util.OptionalLong.of(4242L), progress.seed());
        PlayThrough restored = PlayThrough.restore(new org.leaklab.scoring.ScenarioScorer(AMAZON), progress).play();
        assertEquals(4242L, restored.seed());
        for (Scenario scenario : AMAZON.scenarios()) {
            if (scenario instanceof RankingScenario ranking) {
                assertEquals(shown.startingOrder(ranking), restored.startingOrder(ranking), ranking.id());
            }
        }
    }

    @Test
    void aRestoreLeavesOutWhatNoLongerFitsTheCase() {
        RankingScenario ranking = firstRanking();
        PlayProgress saved = new PlayProgress(AMAZON.id(), java.time.Instant.EPOCH, 3,
                java.util.Map.of("removed-since", new RankingAnswer(List.of("x")),
                        ranking.id(), new org.leaklab.model.EstimateAnswer(5)),
                java.util.Map.of(ranking.id() + "-gone", new RankingAnswer(List.of())));
        PlayThrough.Restored restored = PlayThrough.restore(new org.leaklab.scoring.ScenarioScorer(AMAZON), saved);
        assertEquals(java.util.Set.of("removed-since", ranking.id(), ranking.id() + "-gone"),
                java.util.Set.copyOf(restored.dropped()));
        assertEquals(0, restored.play().checkedCount());
        assertThrows(IllegalArgumentException.class, () -> PlayThrough.restore(
                new org.leaklab.scoring.ScenarioScorer(AMAZON), new PlayProgress("other-case", java.time.Instant.EPOCH,
                        0, java.util.Map.of(), java.util.Map.of())));
    }

    private static List<String> reverse(List<String> ids) {
        List<String> copy = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
