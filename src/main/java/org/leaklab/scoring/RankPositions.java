package org.leaklab.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared checks for rank distances. */
final class RankPositions {
    private RankPositions() {
    }

    /**
     * For each reference position, the position the answer gives that item.
     *
     * @throws IllegalArgumentException if the answer is not an order of exactly the reference items
     */
    static int[] answerPositions(List<?> reference, List<?> answer) {
        if (reference.size() != answer.size()) {
            throw new IllegalArgumentException("answer has " + answer.size() + " items, reference " + reference.size());
        }
        Map<Object, Integer> answerPosition = new HashMap<>();
        for (int i = 0; i < answer.size(); i++) {
            if (answerPosition.put(answer.get(i), i) != null) {
                throw new IllegalArgumentException("answer lists " + answer.get(i) + " twice");
            }
        }
        int[] positions = new int[reference.size()];
        for (int i = 0; i < reference.size(); i++) {
            Integer position = answerPosition.get(reference.get(i));
            if (position == null) {
                throw new IllegalArgumentException("answer lacks " + reference.get(i));
            }
            positions[i] = position;
        }
        return positions;
    }
}
