package org.leaklab.classroom;

import java.util.List;
import java.util.Map;

/**
 * The votes on the current step of a decision story, one line per group that plays it (the whole
 * room, or each team): where its story stands, the votes per branch, the majority or the tie the
 * teacher breaks, and the way it has come.
 *
 * @param step   the step of the story, 1 for the first decision
 * @param groups one line per group
 */
public record StoryTally(int step, List<GroupStep> groups) implements Tally {
    /**
     * One group's step.
     *
     * @param group    the room or a team
     * @param nodeId   the node the group stands at (or the ending it reached)
     * @param votes    option id to votes at that node, in the node's order; empty once the story ended
     * @param majority the majority of those votes
     * @param path     the options the group has chosen so far
     * @param ended    whether the group's story has reached an ending
     */
    public record GroupStep(Group group, String nodeId, Map<String, Integer> votes, Majority majority,
                            List<String> path, boolean ended) {
        public GroupStep {
            votes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votes));
            path = List.copyOf(path);
        }

        /** Votes cast at this step. */
        public int voters() {
            return votes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public StoryTally {
        groups = List.copyOf(groups);
    }

    @Override
    public int answered() {
        return groups.stream().mapToInt(GroupStep::voters).sum();
    }
}
