package org.leaklab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that was leaked or sold, or, when {@link #partOfCase()} is false, a contrasting
 * item from elsewhere that anchors the price scale.
 *
 * @param id                stable id
 * @param name              short name for cards
 * @param card              one line for an item card
 * @param buyerUse          what a buyer can do with it
 * @param harm              what it costs the people affected
 * @param partOfCase        true if it was sold in the Amazon case, false for contrasting items
 * @param scores            one score per attribute of the case
 * @param referencePrice    a reported price, where one exists (it names its own source)
 * @param kind              data about a person, business data or a service
 * @param sourceIds         the sources for what the item is and that it was on sale
 * @param buyerUseSourceIds the sources {@link #buyerUse()} rests on
 * @param harmSourceIds     the sources {@link #harm()} rests on
 */
public record DataItem(String id, LocalizedText name, LocalizedText card, LocalizedText buyerUse,
                       LocalizedText harm, boolean partOfCase, List<AttributeScore> scores,
                       Optional<PriceReference> referencePrice, ItemKind kind, List<String> sourceIds,
                       List<String> buyerUseSourceIds, List<String> harmSourceIds) {
    public DataItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(buyerUse, "buyerUse");
        Objects.requireNonNull(harm, "harm");
        scores = List.copyOf(scores);
        Objects.requireNonNull(referencePrice, "referencePrice");
        Objects.requireNonNull(kind, "kind");
        sourceIds = List.copyOf(sourceIds);
        buyerUseSourceIds = List.copyOf(buyerUseSourceIds);
        harmSourceIds = List.copyOf(harmSourceIds);
    }

    /** An item that cites no source beyond its price. */
    public DataItem(String id, LocalizedText name, LocalizedText card, LocalizedText buyerUse, LocalizedText harm,
                    boolean partOfCase, List<AttributeScore> scores, Optional<PriceReference> referencePrice,
                    ItemKind kind) {
        this(id, name, card, buyerUse, harm, partOfCase, scores, referencePrice, kind, List.of(), List.of(),
                List.of());
    }

    /** The score for {@code attributeId}, if the item has one. */
    public Optional<AttributeScore> score(String attributeId) {
        return scores.stream().filter(s -> s.attributeId().equals(attributeId)).findFirst();
    }
}
