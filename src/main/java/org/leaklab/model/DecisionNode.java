package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * A situation in a decision story and the options the player has there.
 *
 * @param id      stable id, unique within the scenario
 * @param text    the situation
 * @param options at least one option
 */
public record DecisionNode(String id, LocalizedText text, List<DecisionOption> options) {
    public DecisionNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("node " + id + " has no options");
        }
    }
}
