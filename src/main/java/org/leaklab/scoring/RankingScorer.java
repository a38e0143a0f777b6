package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;

/**
 * Scores an order of items against the value model's reference order.
 * <p>
 * Score = {@code 100 × (1 − d)} with {@code d} the {@link WeightedKendallTau} distance: the same
 * order scores 100, the reversed order 0, and every wrongly ordered pair costs points in
 * proportion to its weight, so one slip never zeroes a ranking. Pairs the model values equally
 * may go either way and are not scored. Every wrongly ordered pair becomes one explanation naming
 * both items and the attribute that separates them most; the plain Kendall tau distance and the
 * Spearman footrule are reported as well.
 */
public final class RankingScorer {
    private final ValueModel model;

    /** A scorer against {@code model}'s reference order. */
    public RankingScorer(ValueModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The model this scorer ranks by. */
    public ValueModel model() {
        return model;
    }

    /** The reference answer: the scenario's items in reference order. */
    public RankingAnswer referenceAnswer(RankingScenario scenario) {
        return new RankingAnswer(model.referenceRanking(scenario.itemIds()));
    }

    /**
     * Scores {@code answer}.
     *
     * @throws IllegalArgumentException if the answer is not an order of exactly the scenario's items
     *                                  or the scenario ranks for another perspective
     */
    public ScoreResult score(RankingScenario scenario, RankingAnswer answer) {
        if (!scenario.perspectiveId().equals(model.perspective().id())) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " ranks for " + scenario.perspectiveId()
                    + ", the model for " + model.perspective().id());
        }
        if (!new HashSet<>(answer.itemIds()).equals(new HashSet<>(scenario.itemIds()))) {
            throw new IllegalArgumentException("answer " + answer.itemIds() + " is no order of " + scenario.itemIds());
        }
        List<String> reference = model.referenceRanking(scenario.itemIds());
        List<String> given = answer.itemIds();
        Map<String, Integer> placeInAnswer = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            placeInAnswer.put(given.get(i), i);
        }

        double totalWeight = 0;
        double wrongWeight = 0;
        List<int[]> wrongPairs = new ArrayList<>();
        List<int[]> ties = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            for (int j = i + 1; j < reference.size(); j++) {
                if (model.tied(reference.get(i), reference.get(j))) {
                    ties.add(new int[] {i, j});
                    continue;
                }
                double weight = WeightedKendallTau.pairWeight(i, j);
                totalWeight += weight;
                if (placeInAnswer.get(reference.get(i)) > placeInAnswer.get(reference.get(j))) {
                    wrongWeight += weight;
                    wrongPairs.add(new int[] {i, j});
                }
            }
        }
        double distance = totalWeight == 0 ? 0 : wrongWeight / totalWeight;
        double score = clamp(100 * (1 - distance));

        int n = reference.size();
        int discordant = KendallTauDistance.discordantPairs(reference, given);
        int pairs = KendallTauDistance.pairs(n);
        int placesOff = SpearmanFootrule.placesOff(reference, given);

        List<Explanation> lines = new ArrayList<>();
        var perspectiveName = model.perspective().name();
        if (wrongPairs.isEmpty()) {
            lines.add(Explanation.of(Explanation.Tone.CORRECT, 0, "scoring.ranking.perfect", perspectiveName));
        }
        lines.add(Explanation.info("scoring.ranking.pairs", pairs - discordant, pairs,
                (double) discordant / Math.max(1, pairs)));
        lines.add(Explanation.info("scoring.ranking.footrule", placesOff, SpearmanFootrule.maximum(n)));
        lines.add(Explanation.info("scoring.ranking.weighted", distance));
        String top = reference.get(0);
        ValueBreakdown topBreakdown = model.explain(top);
        lines.add(Explanation.info("scoring.ranking.top", topBreakdown.itemName(), topBreakdown.measure(),
                topBreakdown.asSum(), topBreakdown.total(), ValueModel.MAX_VALUE));
        // Most costly mistakes first; the order of the loop above makes equal costs deterministic.
        wrongPairs.sort((a, b) -> Double.compare(WeightedKendallTau.pairWeight(b[0], b[1]),
                WeightedKendallTau.pairWeight(a[0], a[1])));
        for (int[] pair : wrongPairs) {
            double cost = totalWeight == 0 ? 0 : 100 * WeightedKendallTau.pairWeight(pair[0], pair[1]) / totalWeight;
            lines.add(wrongPair(reference.get(pair[0]), reference.get(pair[1]), cost));
        }
        for (int[] tie : ties) {
            ValueBreakdown a = model.explain(reference.get(tie[0]));
            ValueBreakdown b = model.explain(reference.get(tie[1]));
            lines.add(Explanation.info("scoring.ranking.tie", a.itemName(), b.itemName(), a.measure(), a.total(),
                    ValueModel.MAX_VALUE));
        }
        return new ScoreResult(score, lines);
    }

    /** One sentence for a pair the player put the wrong way round: {@code higher} belongs above {@code lower}. */
    private Explanation wrongPair(String higher, String lower, double cost) {
        ValueBreakdown above = model.explain(higher);
        ValueBreakdown below = model.explain(lower);
        ValueBreakdown.Contribution decisive = null;
        double largestGap = Double.NEGATIVE_INFINITY;
        for (ValueBreakdown.Contribution c : above.contributions()) {
            double gap = c.value() - below.contribution(c.attributeId()).value();
            if (gap > largestGap) {
                largestGap = gap;
                decisive = c;
            }
        }
        Objects.requireNonNull(decisive, "a case has at least one attribute");
        int belowScore = below.contribution(decisive.attributeId()).score();
        return Explanation.of(Explanation.Tone.WRONG, -cost, "scoring.ranking.pair",
                below.itemName(), above.itemName(), above.measure(), above.total(), below.total(),
                decisive.attributeName(), decisive.score(), belowScore, decisive.reason(), cost, ValueModel.MAX_VALUE);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }
}
