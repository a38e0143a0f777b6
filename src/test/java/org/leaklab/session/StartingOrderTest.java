package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.ScenarioScorer;

/**
 * The order a ranking starts in says nothing about the answer: over the shipped pack, a ranking
 * checked without moving a card scores on average exactly what a random order scores, and the order
 * is the same every time for one play-through.
 */
class StartingOrderTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);

    private static List<RankingScenario> rankings() {
        return AMAZON.scenarios().stream().filter(RankingScenario.class::isInstance)
                .map(RankingScenario.class::cast).toList();
    }

    private static double score(RankingScenario ranking, List<String> order) {
        return SCORER.score(ranking, new RankingAnswer(order)).score();
    }

    /** Every order of {@code items}, each once. */
    private static List<List<String>> allOrders(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> orders = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : allOrders(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }

    private static double randomOrderMean(RankingScenario ranking) {
        return allOrders(ranking.itemIds()).stream().mapToDouble(order -> score(ranking, order)).average()
                .orElseThrow();
    }

    @Test
    void theDrawsZeroToNFactorialGiveEveryOrderExactlyOnce() {
        for (RankingScenario ranking : rankings()) {
            int n = ranking.itemIds().size();
            Set<List<String>> seen = new HashSet<>();
            for (long draw = 0; draw < StartingOrder.factorial(n); draw++) {
                assertTrue(seen.add(StartingOrder.permutation(ranking.itemIds(), draw)), ranking.id() + " draw " + draw);
            }
            assertEquals(allOrders(ranking.itemIds()).size(), seen.size(), ranking.id());
            assertEquals(StartingOrder.permutation(ranking.itemIds(), 0), ranking.itemIds(), "number 0 is the pack's");
        }
    }

    @Test
    void uncheckedStartsScoreOnAverageExactlyWhatARandomOrderScores() {
        for (RankingScenario ranking : rankings()) {
            long count = StartingOrder.factorial(ranking.itemIds().size());
            double sum = 0;
            for (long draw = 0; draw < count; draw++) {
                sum += score(ranking, StartingOrder.permutation(ranking.itemIds(), draw));
            }
            assertEquals(randomOrderMean(ranking), sum / count, 1e-9, ranking.id());
        }
    }

    @Test
    void playThroughsStartNearTheRandomOrderMeanNotNearThePacksOrder() {
        int plays = 3000;
        for (RankingScenario ranking : rankings()) {
            double random = randomOrderMean(ranking);
            double sum = 0;
            for (long seed = 1; seed <= plays; seed++) {
                PlayThrough play = new PlayThrough(SCORER, seed);
                sum += score(ranking, play.startingOrder(ranking));
            }
            double mean = sum / plays;
            // The seeds are fixed, so this is deterministic; 2 points is several standard errors.
            assertEquals(random, mean, 2.0, ranking.id() + ": unmoved starts average " + mean + ", random " + random
                    + ", the pack's order " + score(ranking, ranking.itemIds()));
        }
    }

    @Test
    void theSamePlayThroughStartsTheSameWayAndAnotherOneUsuallyNot() {
        RankingScenario first = rankings().get(0);
        PlayThrough play = new PlayThrough(SCORER, 7);
        assertEquals(play.startingOrder(first), play.startingOrder(first));
        assertEquals(play.startingOrder(first), new PlayThrough(SCORER, 7).startingOrder(first));
        Set<List<String>> starts = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            starts.add(new PlayThrough(SCORER, seed).startingOrder(first));
        }
        assertTrue(starts.size() > 40, "50 play-throughs, " + starts.size() + " different starts");
        assertFalse(starts.stream().anyMatch(order -> !new HashSet<>(order).equals(new HashSet<>(first.itemIds()))));
    }

    @Test
    void theRankingsOfOnePlayThroughAreShuffledIndependently() {
        List<RankingScenario> rankings = rankings();
        RankingScenario a = rankings.get(0);
        RankingScenario b = rankings.get(1);
        // Same seed, different scenarios: the permutation numbers differ (not one shared shuffle).
        int same = 0;
        for (long seed = 0; seed < 200; seed++) {
            long drawA = Math.floorMod(StartingOrder.draw(seed, a.id()), StartingOrder.factorial(a.itemIds().size()));
            long drawB = Math.floorMod(StartingOrder.draw(seed, b.id()), StartingOrder.factorial(b.itemIds().size()));
            same += drawA == drawB ? 1 : 0;
        }
        assertTrue(same < 5, same + " of 200 seeds gave both rankings the same permutation number");
        assertNotEquals(StartingOrder.seedOf("session-1"), StartingOrder.seedOf("session-2"));
    }
}
