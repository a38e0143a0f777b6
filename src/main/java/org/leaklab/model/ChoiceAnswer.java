package org.leaklab.model;

import java.util.Set;

/**
 * The options a player chose.
 *
 * @param optionIds chosen option ids; at most one for a single-answer question
 */
public record ChoiceAnswer(Set<String> optionIds) implements Answer {
    public ChoiceAnswer {
        optionIds = Set.copyOf(optionIds);
    }

    /** A single chosen option. */
    public static ChoiceAnswer of(String... optionIds) {
        return new ChoiceAnswer(Set.of(optionIds));
    }
}
