package org.leaklab.model;

import java.util.List;

/**
 * An order of items, most valuable first.
 *
 * @param itemIds every item of the scenario exactly once
 */
public record RankingAnswer(List<String> itemIds) implements Answer {
    public RankingAnswer {
        itemIds = List.copyOf(itemIds);
    }
}
