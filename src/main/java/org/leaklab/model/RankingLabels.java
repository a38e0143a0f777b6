package org.leaklab.model;

import java.util.Objects;

/**
 * How a perspective's rankings and values are labelled, so that every ranking says what it ranks
 * ("most harmful first") instead of a generic "highest value".
 *
 * @param measure what a value measures, a noun phrase for "x of 5" ("value to the seller",
 *                "harm to the person")
 * @param order   the order of a ranking ("most valuable to the seller first")
 * @param top     the label at the top end of a ranking ("most valuable to the seller")
 * @param bottom  the label at the bottom end ("least valuable to the seller")
 */
public record RankingLabels(LocalizedText measure, LocalizedText order, LocalizedText top, LocalizedText bottom) {
    public RankingLabels {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
    }
}
