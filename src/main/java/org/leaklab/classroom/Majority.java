package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The most-voted option of a count, or the options that tie for most votes.
 *
 * @param winner the one option with the most votes; empty on a tie (or with no votes at all)
 * @param tied   the options that share the most votes when there is no single winner, in the
 *               order of the count; every option when nobody voted
 */
public record Majority(Optional<String> winner, List<String> tied) {
    public Majority {
        tied = List.copyOf(tied);
    }

    /** The majority of {@code counts} (option to votes, in the question's option order). */
    public static Majority of(Map<String, Integer> counts) {
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> top = new ArrayList<>();
        counts.forEach((option, votes) -> {
            if (votes == best) {
                top.add(option);
            }
        });
        if (top.size() == 1 && best > 0) {
            return new Majority(Optional.of(top.get(0)), List.of());
        }
        return new Majority(Optional.empty(), top);
    }

    /** Whether the teacher has to break a tie. */
    public boolean isTie() {
        return winner.isEmpty();
    }
}
