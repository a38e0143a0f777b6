package org.leaklab.ui.presenter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;

/**
 * For a decision story played by a whole team, the teacher records only the ending the team
 * reached; the scorer wants a path. Any path to that ending scores the same (a story's score is
 * its ending's), so the shortest one stands for it.
 */
final class StoryEndings {
    private StoryEndings() {
    }

    /** A shortest path of option ids from the start to {@code endStateId}; empty if no path leads there. */
    static Optional<List<String>> pathTo(DecisionScenario story, String endStateId) {
        if (story.endState(endStateId).isEmpty()) {
            return Optional.empty();
        }
        // Breadth first from the start node: the first time the ending is reached is by a shortest path.
        Map<String, DecisionOption> cameBy = new HashMap<>();
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(story.startNodeId());
        cameFrom.put(story.startNodeId(), null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(endStateId)) {
                List<String> path = new ArrayList<>();
                for (String step = at; cameFrom.get(step) != null; step = cameFrom.get(step)) {
                    path.add(0, cameBy.get(step).id());
                }
                return Optional.of(path);
            }
            Optional<DecisionNode> node = story.node(at);
            if (node.isEmpty()) {
                continue;
            }
            for (DecisionOption option : node.get().options()) {
                if (!cameFrom.containsKey(option.next())) {
                    cameFrom.put(option.next(), at);
                    cameBy.put(option.next(), option);
                    queue.add(option.next());
                }
            }
        }
        return Optional.empty();
    }
}
