package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;

class DecisionScorerTest {
    private final Case c = Fixtures.minimal();
    private final DecisionScenario story = Fixtures.decision(c);
    private final DecisionScorer scorer = new DecisionScorer(c);

    private ScoreResult play(String... options) {
        return scorer.score(story, new DecisionAnswer(List.of(options)));
    }

    @Test
    void theEndingDecidesTheScore() {
        assertEquals(100, play("refuse").score());
        assertEquals(40, play("take", "quit").score());
        assertEquals(0, play("take", "more").score());
    }

    @Test
    void explanationsRetellThePathThenTheEndingAndItsLesson() {
        ScoreResult result = play("take", "quit");
        assertEquals(List.of("Take: Money.", "Quit: Late.", "Ending \u201cMiddle\u201d (40 of 100 points): So so.",
                "Lesson: Lesson. Learn.", "Another path leads to an ending worth 100 points."), result.render(Locale.ENGLISH));
        assertEquals("Ende \u201eMittel\u201c (40 von 100 Punkten): Na ja.", result.render(Locale.GERMAN).get(2));
        assertEquals(Explanation.Tone.PARTLY, result.explanations().get(2).tone());
        assertEquals(3, play("refuse").explanations().size(), "no hint of a better path after the best ending");
    }

    @Test
    void anUnfinishedStoryScoresZero() {
        ScoreResult result = play("take");
        assertEquals(0, result.score());
        assertEquals("scoring.decision.incomplete", result.explanations().get(1).key());
        assertEquals(0, play().score());
    }

    @Test
    void theReferencePathReachesTheBestEnding() {
        assertEquals(new DecisionAnswer(List.of("refuse")), scorer.referenceAnswer(story));
        assertEquals(100, DecisionScorer.bestScore(story));
    }

    @Test
    void pathsThatDoNotFitAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> play("more"));
        assertThrows(IllegalArgumentException.class, () -> play("refuse", "take"));
    }
}
