package org.leaklab.model;

import java.util.Objects;

/**
 * One choice at a {@link DecisionNode}.
 *
 * @param id          stable id, unique within the scenario
 * @param text        what the player decides
 * @param consequence what follows from it, shown right after
 * @param next        the id of the next node or end state
 */
public record DecisionOption(String id, LocalizedText text, LocalizedText consequence, String next) {
    public DecisionOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(next, "next");
    }
}
