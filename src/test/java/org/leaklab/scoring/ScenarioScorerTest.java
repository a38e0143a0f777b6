package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.Scenario;

class ScenarioScorerTest {
    private final Case c = Fixtures.minimal();
    private final ScenarioScorer scorer = new ScenarioScorer(c);

    @Test
    void everyScenarioScoresHundredForItsReferenceAnswer() {
        for (Scenario s : c.scenarios()) {
            assertEquals(100, scorer.score(s, scorer.referenceAnswer(s)).score(), 1e-9, s.id());
        }
    }

    @Test
    void anAnswerOfTheWrongKindIsRejected() {
        Scenario ranking = c.scenario("rank").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scorer.score(ranking, new EstimateAnswer(3)));
        assertEquals("EstimateAnswer does not answer RankingScenario rank", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scorer.score(c.scenario("pick").orElseThrow(),
                new RankingAnswer(List.of("i1", "i2", "i3"))));
        assertThrows(IllegalArgumentException.class, () -> scorer.score(c.scenario("guess").orElseThrow(), ChoiceAnswer.of("good")));
    }

    @Test
    void changedWeightsChangeTheReferenceOnlyForThatPerspective() {
        Scenario ranking = c.scenario("rank").orElseThrow();
        ScenarioScorer changed = scorer.withWeights("buyer", Map.of("harm", 1.0));
        assertEquals(new RankingAnswer(List.of("i4", "i3", "i2", "i1")), changed.referenceAnswer(ranking));
        assertEquals(new RankingAnswer(List.of("i1", "i2", "i3", "i4")), scorer.referenceAnswer(ranking), "original unchanged");
        assertEquals(changed.valueModel("victim").perspective(), scorer.valueModel("victim").perspective());
        assertThrows(IllegalArgumentException.class, () -> scorer.withWeights("judge", Map.of("harm", 1.0)));
    }
}
