package org.leaklab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A point of view from which items are valued, such as the buying seller or the customer whose
 * data leaks: a non-negative weight per attribute. Attributes without a weight count zero.
 *
 * @param id          stable id
 * @param name        short name
 * @param description whose view it is and what they care about
 * @param weights     attribute id to weight; finite, non-negative
 */
public record Perspective(String id, LocalizedText name, LocalizedText description, Map<String, Double> weights) {
    public Perspective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        weights = checkedWeights(weights);
    }

    /** The weight of {@code attributeId}, zero if the perspective does not weigh it. */
    public double weight(String attributeId) {
        return weights.getOrDefault(attributeId, 0.0);
    }

    /** The same perspective with other weights, for a teacher experimenting with the model. */
    public Perspective withWeights(Map<String, Double> newWeights) {
        return new Perspective(id, name, description, newWeights);
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
