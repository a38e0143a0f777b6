package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * Order data items by their value for one perspective. The reference order comes from the value
 * model, so it follows when a teacher changes the perspective's weights.
 *
 * @param id            stable id
 * @param title         short title
 * @param prompt        the task
 * @param perspectiveId the {@link Perspective#id()} to rank for
 * @param itemIds       the items to order, in the pack's order (the view decides the order shown); at least 3
 * @param sourceIds     the sources of the facts the prompt mentions
 */
public record RankingScenario(String id, LocalizedText title, LocalizedText prompt, String perspectiveId,
                              List<String> itemIds, List<String> sourceIds) implements Scenario {
    /** Fewest items a ranking needs to be more than a coin toss. */
    public static final int MIN_ITEMS = 3;
    /** Most items whose cards fit side by side on a 1280x720 screen. */
    public static final int MAX_ITEMS_ON_SCREEN = 7;

    public RankingScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(perspectiveId, "perspectiveId");
        itemIds = List.copyOf(itemIds);
        sourceIds = List.copyOf(sourceIds);
        if (itemIds.size() < MIN_ITEMS || itemIds.stream().distinct().count() != itemIds.size()) {
            throw new IllegalArgumentException("a ranking needs at least " + MIN_ITEMS + " distinct items: " + itemIds);
        }
    }

    /** A ranking that cites no source. */
    public RankingScenario(String id, LocalizedText title, LocalizedText prompt, String perspectiveId,
                           List<String> itemIds) {
        this(id, title, prompt, perspectiveId, itemIds, List.of());
    }
}
