package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;

class RankingScorerTest {
    private final Case c = Fixtures.minimal();
    private final RankingScenario scenario = Fixtures.ranking(c);
    private final RankingScorer scorer = new RankingScorer(ValueModel.of(c, "buyer"));
    private static final List<String> REF = List.of("i1", "i2", "i3", "i4");

    private ScoreResult score(String... order) {
        return scorer.score(scenario, new RankingAnswer(List.of(order)));
    }

    private static List<Explanation> withKey(ScoreResult result, String key) {
        return result.explanations().stream().filter(e -> e.key().equals(key)).toList();
    }

    @Test
    void sameOrderScoresHundredReversedZero() {
        ScoreResult perfect = score("i1", "i2", "i3", "i4");
        assertEquals(100, perfect.score(), 1e-9);
        assertEquals("scoring.ranking.perfect", perfect.explanations().get(0).key());
        assertEquals(0, score("i4", "i3", "i2", "i1").score(), 1e-9);
        assertEquals(scorer.referenceAnswer(scenario).itemIds(), REF);
    }

    @Test
    void neverAllOrNothingAndEveryWrongPairIsOneExplanation() {
        Set<Double> scores = new HashSet<>();
        for (List<String> p : RankDistanceTest.permutations(REF)) {
            ScoreResult result = scorer.score(scenario, new RankingAnswer(p));
            int discordant = KendallTauDistance.discordantPairs(REF, p);
            assertEquals(discordant, withKey(result, "scoring.ranking.pair").size(), p.toString());
            double pairPoints = withKey(result, "scoring.ranking.pair").stream().mapToDouble(Explanation::points).sum();
            assertEquals(result.score() - 100, pairPoints, 1e-9, "pair costs add up to the points lost");
            assertEquals(100 * (1 - WeightedKendallTau.distance(REF, p)), result.score(), 1e-9);
            if (discordant > 0 && discordant < 6) {
                assertTrue(result.score() > 0 && result.score() < 100, p + " scored " + result.score());
            }
            scores.add(Math.round(result.score() * 1e6) / 1e6);
        }
        assertTrue(scores.size() > 10, "scores spread out, not a few buckets: " + scores.size());
    }

    @Test
    void fixingAWrongPairNeverLowersTheScore() {
        for (List<String> p : RankDistanceTest.permutations(REF)) {
            double before = scorer.score(scenario, new RankingAnswer(p)).score();
            for (int i = 0; i + 1 < p.size(); i++) {
                if (REF.indexOf(p.get(i)) > REF.indexOf(p.get(i + 1))) {
                    List<String> fixed = new ArrayList<>(p);
                    Collections.swap(fixed, i, i + 1);
                    assertTrue(scorer.score(scenario, new RankingAnswer(fixed)).score() > before, p + " at " + i);
                }
            }
        }
    }

    @Test
    void aTopMistakeCostsMoreThanABottomOne() {
        assertTrue(score("i2", "i1", "i3", "i4").score() < score("i1", "i2", "i4", "i3").score());
    }

    @Test
    void reportsPlainKendallAndFootrule() {
        ScoreResult result = score("i2", "i1", "i4", "i3");
        Explanation pairs = withKey(result, "scoring.ranking.pairs").get(0);
        assertEquals(List.of(4, 6, 2.0 / 6), pairs.args());
        Explanation footrule = withKey(result, "scoring.ranking.footrule").get(0);
        assertEquals(List.of(4, 8), footrule.args());
        assertEquals("Places off: your items are 4 places away from their places in total (at most 8 possible).",
                footrule.render(Locale.ENGLISH));
        assertEquals("4 of 6 pairs in the right order (Kendall tau distance 0.33).", pairs.render(Locale.ENGLISH));
        assertEquals("4 von 6 Paaren in der richtigen Reihenfolge (Kendall-Tau-Abstand 0,33).", pairs.render(Locale.GERMAN));
    }

    @Test
    void aWrongPairNamesBothItemsTheDecisiveAttributeAndItsReason() {
        Explanation pair = withKey(score("i2", "i1", "i3", "i4"), "scoring.ranking.pair").get(0);
        assertEquals(Explanation.Tone.WRONG, pair.tone());
        assertEquals("You put \u201cItem two\u201d above \u201cItem one\u201d, but \u201cItem one\u201d ranks higher "
                + "(value to the buyer: 5.0 against 4.0 of 5), mostly because of Gain: 5 against 4. Reason 5. This pair cost "
                + new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                        .format(-pair.points()) + " points.", pair.render(Locale.ENGLISH));
        String german = pair.render(Locale.GERMAN);
        assertTrue(german.startsWith("Du hast \u201eDing zwei\u201c vor \u201eDing eins\u201c gesetzt, aber \u201eDing eins\u201c "
                + "geh\u00f6rt weiter nach oben (Wert f\u00fcr den K\u00e4ufer: 5,0 gegen\u00fcber 4,0 von 5)"), german);
        assertTrue(german.contains("Grund 5."), german);
    }

    @Test
    void theTopItemIsExplainedAsASum() {
        Explanation top = withKey(score("i1", "i2", "i3", "i4"), "scoring.ranking.top").get(0);
        assertEquals("\u201cItem one\u201d ranks first (value to the buyer: 5.0 of 5): Gain 5 \u00d7 1.", top.render(Locale.ENGLISH));
    }

    @Test
    void explanationsRenderAgainAfterALanguageSwitch() {
        Explanation pair = withKey(score("i1", "i3", "i2", "i4"), "scoring.ranking.pair").get(0);
        String english = pair.render(Locale.ENGLISH);
        String german = pair.render(Locale.GERMAN);
        assertNotEquals(english, german);
        assertEquals(english, pair.render(Locale.ENGLISH));
        assertEquals(german, pair.render(Locale.GERMANY));
        assertEquals(english, pair.render(Locale.FRENCH), "unsupported languages fall back to English");
        assertTrue(pair.args().stream().anyMatch(a -> a instanceof LocalizedText), "names stay localizable data");
    }

    @Test
    void equalValuesMayGoEitherWay() {
        RankingScorer flat = new RankingScorer(ValueModel.of(c, "buyer").withWeights(Map.of("gain", 1.0, "harm", 1.0)));
        for (List<String> p : RankDistanceTest.permutations(REF)) {
            ScoreResult result = flat.score(scenario, new RankingAnswer(p));
            assertEquals(100, result.score(), 1e-9);
            assertEquals(6, withKey(result, "scoring.ranking.tie").size());
        }
    }

    @Test
    void theReferenceFollowsChangedWeights() {
        RankingScorer changed = new RankingScorer(ValueModel.of(c, "buyer").withWeights(Map.of("harm", 1.0)));
        assertEquals(0, changed.score(scenario, new RankingAnswer(REF)).score(), 1e-9);
        assertEquals(100, changed.score(scenario, new RankingAnswer(List.of("i4", "i3", "i2", "i1"))).score(), 1e-9);
    }

    @Test
    void answersThatDoNotFitAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> score("i1", "i2", "i3"));
        assertThrows(IllegalArgumentException.class, () -> score("i1", "i2", "i3", "i3"));
        assertThrows(IllegalArgumentException.class, () -> score("i1", "i2", "i3", "i9"));
        RankingScorer victim = new RankingScorer(ValueModel.of(c, "victim"));
        assertThrows(IllegalArgumentException.class, () -> victim.score(scenario, new RankingAnswer(REF)));
    }
}
