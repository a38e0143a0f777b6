package org.leaklab.model;

import java.util.Objects;

/**
 * A reported market price for a data item: a single figure ({@code low == high}) or a range,
 * in the currency the source used, with the source and the year it refers to.
 *
 * @param low      lowest reported price, positive
 * @param high     highest reported price, at least {@code low}
 * @param currency ISO 4217 code as in the source (USD, GBP ...)
 * @param unit     what one price buys, e.g. "per card" or "per set"
 * @param sourceId the {@link Source#id()} that reports it
 * @param year     the year the price refers to
 */
public record PriceReference(double low, double high, String currency, LocalizedText unit, String sourceId,
                             int year) {
    public PriceReference {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sourceId, "sourceId");
        if (!(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("price range " + low + ".." + high);
        }
    }

    /** Whether the source gives one figure rather than a range. */
    public boolean isSingleFigure() {
        return low == high;
    }
}
