package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.LocalizedText;

class EstimateScorerTest {
    private final Case c = Fixtures.minimal();
    private final EstimateScenario range = Fixtures.estimate(c); // 80 to 2,000 USD
    private final EstimateScenario single = new EstimateScenario("single", LocalizedText.same("t"), LocalizedText.same("p"),
            300, 300, List.of("s1"), LocalizedText.of("Per review.", "Pro Bewertung."));
    private final EstimateScorer scorer = new EstimateScorer(c);

    @Test
    void fullMarksAnywhereInsideTheRange() {
        for (double guess : new double[] {80, 81, 400, 1999.99, 2000}) {
            assertEquals(100, EstimateScorer.scoreFor(range, guess), 1e-9, "guess " + guess);
        }
        assertEquals(100, scorer.score(range, scorer.referenceAnswer(range)).score(), 1e-9);
        assertEquals(Math.sqrt(80 * 2000), scorer.referenceAnswer(range).value(), 1e-9);
    }

    @Test
    void outsideTheRangeTheScoreFallsWithDecadesOff() {
        assertEquals(50, EstimateScorer.scoreFor(range, 20_000), 1e-9, "ten times the top");
        assertEquals(50, EstimateScorer.scoreFor(range, 8), 1e-9, "a tenth of the bottom");
        assertEquals(0, EstimateScorer.scoreFor(range, 200_000), 1e-9, "a hundred times off");
        assertEquals(0, EstimateScorer.scoreFor(range, 0.01), 1e-9);
        assertEquals(100 * (1 - Math.log10(2) / 2), EstimateScorer.scoreFor(single, 600), 1e-9);
        assertEquals(100 * (1 - Math.log10(2) / 2), EstimateScorer.scoreFor(single, 150), 1e-9, "symmetric on the log scale");
        assertEquals(100, EstimateScorer.scoreFor(single, 300), 1e-9);
    }

    @Test
    void theScoreNeverRisesAsTheGuessMovesAway() {
        double previous = 100;
        for (double guess = 2000; guess < 1e7; guess *= 1.07) {
            double now = EstimateScorer.scoreFor(range, guess);
            assertTrue(now <= previous, "at " + guess);
            previous = now;
        }
        previous = 100;
        for (double guess = 80; guess > 1e-4; guess /= 1.07) {
            double now = EstimateScorer.scoreFor(range, guess);
            assertTrue(now <= previous, "at " + guess);
            previous = now;
        }
    }

    @Test
    void guessesThatAreNoPriceScoreZero() {
        for (double guess : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ScoreResult result = scorer.score(range, new EstimateAnswer(guess));
            assertEquals(0, result.score(), "guess " + guess);
            assertEquals("scoring.estimate.invalid", result.explanations().get(0).key());
        }
        assertEquals("A price must be a positive number; -5.0 is not one.",
                scorer.score(range, new EstimateAnswer(-5)).explanations().get(0).render(Locale.ENGLISH));
    }

    @Test
    void explanationGivesTheReportedFigureAndItsSource() {
        ScoreResult result = scorer.score(single, new EstimateAnswer(3000));
        assertEquals(50, result.score(), 1e-9);
        List<String> english = result.render(Locale.ENGLISH);
        assertEquals("Your guess of 3,000 USD is 10 times too high compared with the reported 300 USD.", english.get(0));
        assertEquals("The reported figure: 300 USD (source: Source one).", english.get(1));
        assertEquals("Per review.", english.get(2));
        List<String> german = result.render(Locale.GERMAN);
        assertEquals("Deine Sch\u00e4tzung von 3.000 USD ist 10-mal zu hoch, berichtet wurden 300 USD.", german.get(0));
        assertEquals("Pro Bewertung.", german.get(2));
        assertEquals("scoring.estimate.curve", result.explanations().get(3).key());
    }

    @Test
    void eachSideOfTheRangeHasItsOwnSentence() {
        assertEquals("scoring.estimate.low.range", scorer.score(range, new EstimateAnswer(20)).explanations().get(0).key());
        assertEquals("scoring.estimate.high.range", scorer.score(range, new EstimateAnswer(5000)).explanations().get(0).key());
        assertEquals("scoring.estimate.inside.range", scorer.score(range, new EstimateAnswer(500)).explanations().get(0).key());
        assertEquals("scoring.estimate.low.single", scorer.score(single, new EstimateAnswer(30)).explanations().get(0).key());
        assertEquals("scoring.estimate.inside.single", scorer.score(single, new EstimateAnswer(300)).explanations().get(0).key());
        assertEquals("Your guess of 20 USD is 4 times too low: the reported range starts at 80 USD.",
                scorer.score(range, new EstimateAnswer(20)).explanations().get(0).render(Locale.ENGLISH));
    }
}
