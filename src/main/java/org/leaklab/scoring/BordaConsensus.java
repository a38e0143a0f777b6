package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;

/**
 * A class consensus over many rankings by Borda count: among {@code n} items, the first place
 * earns {@code n − 1} points, the last 0; the consensus orders items by total points, ties in the
 * order the scenario lists its items. Rankings that are not an order of exactly the scenario's
 * items are set aside and counted, never guessed at.
 *
 * @param order    the consensus order, most points first
 * @param points   Borda points per item
 * @param ballots  rankings counted
 * @param rejected rankings set aside as incomplete or foreign
 */
public record BordaConsensus(List<String> order, Map<String, Integer> points, int ballots, int rejected) {
    public BordaConsensus {
        order = List.copyOf(order);
        points = Map.copyOf(points);
    }

    /** The consensus of {@code rankings} for {@code scenario}. */
    public static BordaConsensus of(RankingScenario scenario, Collection<RankingAnswer> rankings) {
        List<String> items = scenario.itemIds();
        Map<String, Integer> points = new HashMap<>();
        items.forEach(item -> points.put(item, 0));
        int ballots = 0;
        int rejected = 0;
        for (RankingAnswer ranking : rankings) {
            List<String> order = ranking.itemIds();
            if (order.size() != items.size() || !new HashSet<>(order).equals(new HashSet<>(items))) {
                rejected++;
                continue;
            }
            ballots++;
            for (int place = 0; place < order.size(); place++) {
                points.merge(order.get(place), order.size() - 1 - place, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(items);
        // List.sort is stable: equal totals keep the scenario's order.
        order.sort((a, b) -> Integer.compare(points.get(b), points.get(a)));
        return new BordaConsensus(order, points, ballots, rejected);
    }

    /** The consensus scored against the reference like one player's ranking, with a line on the ballots. */
    public ScoreResult score(RankingScorer scorer, RankingScenario scenario) {
        ScoreResult result = scorer.score(scenario, new RankingAnswer(order));
        List<Explanation> lines = new ArrayList<>();
        lines.add(Explanation.info("scoring.consensus.ballots", ballots, rejected));
        lines.addAll(result.explanations());
        return new ScoreResult(result.score(), lines);
    }
}
