package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * Guess a price. Scored on a log scale: full marks inside {@code [low, high]}, see
 * {@code org.leaklab.scoring.EstimateScorer} for the curve outside it.
 *
 * @param id          stable id
 * @param title       short title
 * @param prompt      the question
 * @param low         the lowest figure the sources give, in US dollars, positive
 * @param high        the highest figure; equal to {@code low} for a single figure
 * @param sourceIds   the sources of the figure, at least one
 * @param explanation what the reported figure means, shown after the guess
 * @param itemIds     the items whose reference price gives this estimate's answer away; a view hides
 *                    those prices until the estimate is answered
 */
public record EstimateScenario(String id, LocalizedText title, LocalizedText prompt, double low, double high,
                               List<String> sourceIds, LocalizedText explanation, List<String> itemIds)
        implements Scenario {
    /** The currency of every estimate. */
    public static final String CURRENCY = "USD";

    public EstimateScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(explanation, "explanation");
        sourceIds = List.copyOf(sourceIds);
        itemIds = List.copyOf(itemIds);
        if (!(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("reference range " + low + ".." + high);
        }
    }

    /** An estimate that names no item whose price would give it away. */
    public EstimateScenario(String id, LocalizedText title, LocalizedText prompt, double low, double high,
                            List<String> sourceIds, LocalizedText explanation) {
        this(id, title, prompt, low, high, sourceIds, explanation, List.of());
    }

    /** Whether the sources give one figure rather than a range. */
    public boolean isSingleFigure() {
        return low == high;
    }

    /** The middle of the range on a log scale (the geometric mean), a guess that earns full marks. */
    public double logMidpoint() {
        return Math.sqrt(low * high);
    }
}
