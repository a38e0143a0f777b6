package org.leaklab.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A point of view from which items are valued, such as the buying seller or the person whose
 * data leaks: a non-negative weight per attribute. Attributes without a weight count zero; the
 * value model uses each weight as its share of the sum of all weights, so a value is always on
 * the scale of the scores (0 to 5).
 *
 * @param id          stable id
 * @param name        short name, used inside sentences after "for" ("for the buying seller")
 * @param description whose view it is and what they care about
 * @param weights     attribute id to weight; finite, non-negative
 * @param labels      what its rankings and values are called ("most harmful first")
 * @param itemKinds   the kinds of item it can value; a ranking for it may rank only these
 */
public record Perspective(String id, LocalizedText name, LocalizedText description, Map<String, Double> weights,
                          RankingLabels labels, Set<ItemKind> itemKinds) {
    public Perspective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        weights = checkedWeights(weights);
        Objects.requireNonNull(labels, "labels");
        if (itemKinds.isEmpty()) {
            throw new IllegalArgumentException("perspective " + id + " values no kind of item");
        }
        itemKinds = Collections.unmodifiableSet(EnumSet.copyOf(itemKinds));
    }

    /** A perspective that values every kind of item. */
    public Perspective(String id, LocalizedText name, LocalizedText description, Map<String, Double> weights,
                       RankingLabels labels) {
        this(id, name, description, weights, labels, EnumSet.allOf(ItemKind.class));
    }

    /** Whether a ranking for this perspective may rank items of {@code kind}. */
    public boolean values(ItemKind kind) {
        return itemKinds.contains(kind);
    }

    /** The weight of {@code attributeId}, zero if the perspective does not weigh it. */
    public double weight(String attributeId) {
        return weights.getOrDefault(attributeId, 0.0);
    }

    /** The same perspective with other weights, for a teacher experimenting with the model. */
    public Perspective withWeights(Map<String, Double> newWeights) {
        return new Perspective(id, name, description, newWeights, labels, itemKinds);
    }

    /** Copies weights in their given order and rejects negative or non-finite ones. */
    static Map<String, Double> checkedWeights(Map<String, Double> weights) {
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((attribute, weight) -> {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(weight, "weight");
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("weight of " + attribute + " must be finite and >= 0: " + weight);
            }
            copy.put(attribute, weight);
        });
        return Collections.unmodifiableMap(copy);
    }
}
