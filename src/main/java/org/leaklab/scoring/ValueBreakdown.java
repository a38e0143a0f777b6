package org.leaklab.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.leaklab.model.LocalizedText;

/**
 * Why an item is worth what it is for a perspective: one contribution per attribute, adding up
 * to {@link #total()}.
 *
 * @param itemId          the item
 * @param itemName        its name
 * @param perspectiveName whose view
 * @param total           the value, the sum of all contributions
 * @param contributions   one per attribute of the case, in attribute order
 * @param measure         what the value measures ("harm to the person"), for "x of 5"
 */
public record ValueBreakdown(String itemId, LocalizedText itemName, LocalizedText perspectiveName, double total,
                             List<Contribution> contributions, LocalizedText measure) {
    /**
     * One attribute's part of the value: {@code score × weight}.
     *
     * @param attributeId   the attribute
     * @param attributeName its name
     * @param score         the item's score
     * @param weight        the attribute's share of the perspective's weights (they add up to 1)
     * @param reason        the one-sentence reason for the score
     */
    public record Contribution(String attributeId, LocalizedText attributeName, int score, double weight,
                               LocalizedText reason) {
        /** {@code score × weight}. */
        public double value() {
            return score * weight;
        }
    }

    public ValueBreakdown {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(perspectiveName, "perspectiveName");
        Objects.requireNonNull(measure, "measure");
        contributions = List.copyOf(contributions);
    }

    /** The contribution of {@code attributeId}. */
    public Contribution contribution(String attributeId) {
        return contributions.stream().filter(c -> c.attributeId().equals(attributeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no attribute " + attributeId));
    }

    /** The contributions from largest to smallest (ties in attribute order). */
    public List<Contribution> largestFirst() {
        return contributions.stream().sorted(Comparator.comparingDouble(Contribution::value).reversed()).toList();
    }

    /** The value written out as a sum of its non-zero terms. */
    public WeightedSum asSum() {
        return new WeightedSum(contributions.stream()
                .filter(c -> c.value() != 0)
                .map(c -> new WeightedSum.Term(c.attributeName(), c.score(), c.weight()))
                .toList());
    }
}
