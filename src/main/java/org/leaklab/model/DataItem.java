package org.leaklab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that was leaked or sold, or, when {@link #partOfCase()} is false, a contrasting
 * item from elsewhere that anchors the price scale.
 *
 * @param id             stable id
 * @param name           short name for cards
 * @param card           one line for an item card
 * @param buyerUse       what a buyer can do with it
 * @param harm           what it costs the people affected
 * @param partOfCase     true if it was sold in the Amazon case, false for contrasting items
 * @param scores         one score per attribute of the case
 * @param referencePrice a reported price, where one exists
 */
public record DataItem(String id, LocalizedText name, LocalizedText card, LocalizedText buyerUse,
                       LocalizedText harm, boolean partOfCase, List<AttributeScore> scores,
                       Optional<PriceReference> referencePrice) {
    public DataItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(buyerUse, "buyerUse");
        Objects.requireNonNull(harm, "harm");
        scores = List.copyOf(scores);
        Objects.requireNonNull(referencePrice, "referencePrice");
    }

    /** The score for {@code attributeId}, if the item has one. */
    public Optional<AttributeScore> score(String attributeId) {
        return scores.stream().filter(s -> s.attributeId().equals(attributeId)).findFirst();
    }
}
