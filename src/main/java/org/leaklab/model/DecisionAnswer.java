package org.leaklab.model;

import java.util.List;

/**
 * The path a player took through a decision story.
 *
 * @param optionIds the chosen option at each node, from the start node on
 */
public record DecisionAnswer(List<String> optionIds) implements Answer {
    public DecisionAnswer {
        optionIds = List.copyOf(optionIds);
    }
}
