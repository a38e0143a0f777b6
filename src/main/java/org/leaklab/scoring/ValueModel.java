package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.AttributeScore;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.Perspective;

/**
 * The transparent value model: an item's value for a perspective is the weighted mean of its
 * attribute scores, {@code Σ score(attribute) × share(attribute)}, where an attribute's share is
 * its weight over the sum of the perspective's weights. A value is therefore always on the scale
 * of the scores, {@value #MIN_VALUE} to {@value #MAX_VALUE} ("3.2 of 5"), whatever weights a
 * teacher tries in the what-if explorer; for a pack whose weights add up to 1, share and weight
 * are the same. The reference ranking orders
 * items by value, highest first; items of equal value keep the order in which the case lists
 * them, so the ranking is deterministic. Instances are immutable: {@link #withWeights(Map)}
 * returns a new model whose ranking follows the new weights.
 */
public final class ValueModel {
    /** Relative tolerance under which two values count as equal (guards against rounding noise). */
    private static final double TIE_TOLERANCE = 1e-9;
    /** The lowest value an item can have. */
    public static final int MIN_VALUE = AttributeScore.MIN;
    /** The highest value an item can have: "x of 5". */
    public static final int MAX_VALUE = AttributeScore.MAX;

    private final Case caseData;
    private final Perspective perspective;
    private final Map<String, Double> values;
    private final Map<String, Integer> caseOrder;
    private final double weightSum;

    private ValueModel(Case caseData, Perspective perspective) {
        this.caseData = Objects.requireNonNull(caseData, "caseData");
        this.perspective = Objects.requireNonNull(perspective, "perspective");
        for (String attributeId : perspective.weights().keySet()) {
            if (caseData.attribute(attributeId).isEmpty()) {
                throw new IllegalArgumentException("case " + caseData.id() + " has no attribute " + attributeId);
            }
        }
        this.values = new HashMap<>();
        this.caseOrder = new HashMap<>();
        this.weightSum = perspective.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        for (DataItem item : caseData.items()) {
            double value = 0;
            for (AttributeScore score : item.scores()) {
                value += score.score() * share(score.attributeId());
            }
            values.put(item.id(), value);
            caseOrder.put(item.id(), caseOrder.size());
        }
    }

    /** The model for {@code perspective} of {@code caseData}, with the perspective's own weights. */
    public static ValueModel of(Case caseData, Perspective perspective) {
        return new ValueModel(caseData, perspective);
    }

    /** The model for the perspective with {@code perspectiveId}. */
    public static ValueModel of(Case caseData, String perspectiveId) {
        return new ValueModel(caseData, caseData.perspective(perspectiveId)
                .orElseThrow(() -> new IllegalArgumentException("no perspective " + perspectiveId)));
    }

    /**
     * The same perspective with other weights; attributes left out weigh zero.
     *
     * @throws IllegalArgumentException for an unknown attribute or a negative or non-finite weight
     */
    public ValueModel withWeights(Map<String, Double> weights) {
        return new ValueModel(caseData, perspective.withWeights(weights));
    }

    /** The case this model values. */
    public Case caseData() {
        return caseData;
    }

    /** The perspective, with the weights in use. */
    public Perspective perspective() {
        return perspective;
    }

    /**
     * The part of the value that {@code attributeId} carries: its weight over the sum of all
     * weights, 0 when every weight is 0 (then every item is worth 0 and all are tied).
     */
    public double share(String attributeId) {
        return weightSum == 0 ? 0 : perspective.weight(attributeId) / weightSum;
    }

    /** The value of the item with {@code itemId}, from {@link #MIN_VALUE} to {@link #MAX_VALUE}. */
    public double value(String itemId) {
        Double value = values.get(itemId);
        if (value == null) {
            throw new IllegalArgumentException("no item " + itemId);
        }
        return value;
    }

    /** Whether two items are worth the same, so that either order is right. */
    public boolean tied(String itemA, String itemB) {
        double a = value(itemA);
        double b = value(itemB);
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The reference order of {@code itemIds}: highest value first, ties in case order. */
    public List<String> referenceRanking(Collection<String> itemIds) {
        List<String> ranking = new ArrayList<>(itemIds);
        for (String id : ranking) {
            value(id);
        }
        ranking.sort(referenceOrder());
        return List.copyOf(ranking);
    }

    /** Compares items in reference order: higher value first, then case order. */
    public Comparator<String> referenceOrder() {
        return (a, b) -> {
            if (!tied(a, b)) {
                return Double.compare(value(b), value(a));
            }
            return Integer.compare(caseOrder.get(a), caseOrder.get(b));
        };
    }

    /** Every attribute's contribution to the value of {@code itemId}. */
    public ValueBreakdown explain(String itemId) {
        DataItem item = caseData.item(itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        List<ValueBreakdown.Contribution> contributions = new ArrayList<>();
        for (AttributeDefinition attribute : caseData.attributes()) {
            AttributeScore score = item.score(attribute.id())
                    .orElseThrow(() -> new IllegalStateException(itemId + " has no score for " + attribute.id()));
            contributions.add(new ValueBreakdown.Contribution(attribute.id(), attribute.name(), score.score(),
                    share(attribute.id()), score.reason()));
        }
        return new ValueBreakdown(itemId, item.name(), perspective.name(), value(itemId), contributions,
                perspective.labels().measure());
    }

    /**
     * The breakdown as explanations: the total, then one line per weighted attribute, largest
     * contribution first, each with the reason for the score.
     */
    public List<Explanation> explanations(String itemId) {
        ValueBreakdown breakdown = explain(itemId);
        List<Explanation> lines = new ArrayList<>();
        lines.add(Explanation.info("scoring.value.total", breakdown.itemName(), breakdown.measure(),
                breakdown.total(), breakdown.asSum(), MAX_VALUE));
        for (ValueBreakdown.Contribution c : breakdown.largestFirst()) {
            if (c.weight() == 0) {
                continue;
            }
            lines.add(Explanation.info("scoring.value.term", c.attributeName(), c.score(), c.weight(), c.value(),
                    c.reason()));
        }
        return List.copyOf(lines);
    }
}
