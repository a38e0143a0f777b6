package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
        WeightedKendallTau.Comparison comparison =
                WeightedKendallTau.compare(reference, given, (a, b) -> !model.tied(a, b));
        double distance = comparison.distance();
        double score = clamp(100 * (1 - distance));

        int n = reference.size();
        int discordant = KendallTauDistance.discordantPairs(reference, given);
        int pairs = KendallTauDistance.pairs(n);
        int placesOff = SpearmanFootrule.placesOff(reference, given);

        List<Explanation> lines = new ArrayList<>();
        var perspectiveName = model.perspective().name();
        if (comparison.discordant().isEmpty()) {
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
        // Most costly mistakes first; the reference order of the pairs makes equal costs deterministic.
        List<WeightedKendallTau.Pair> wrongPairs = new ArrayList<>(comparison.discordant());
        wrongPairs.sort(Comparator.comparingDouble(WeightedKendallTau.Pair::weight).reversed());
        for (WeightedKendallTau.Pair pair : wrongPairs) {
            lines.add(wrongPair(reference.get(pair.higher()), reference.get(pair.lower()), 100 * comparison.share(pair)));
        }
        for (WeightedKendallTau.Pair tie : comparison.unscored()) {
            ValueBreakdown a = model.explain(reference.get(tie.higher()));
            ValueBreakdown b = model.explain(reference.get(tie.lower()));
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
