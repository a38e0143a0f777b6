package org.leaklab.model;

import java.util.Objects;

/**
 * How strongly a data item has one attribute, with a one-sentence reason.
 *
 * @param attributeId the {@link AttributeDefinition#id()} scored
 * @param score       a whole number from {@link #MIN} to {@link #MAX}
 * @param reason      one sentence saying why
 */
public record AttributeScore(String attributeId, int score, LocalizedText reason) {
    /** Lowest score. */
    public static final int MIN = 0;
    /** Highest score. */
    public static final int MAX = 5;

    public AttributeScore {
        Objects.requireNonNull(attributeId, "attributeId");
        Objects.requireNonNull(reason, "reason");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("score " + score + " outside " + MIN + ".." + MAX);
        }
    }
}
