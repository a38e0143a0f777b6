package org.leaklab.content;

import static org.leaklab.content.PackFields.child;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.EndState;

/**
 * Checks the shape of a decision story whose nodes and endings are each well formed: reachability
 * from the start, no loops, and an ending worth full marks.
 */
final class StoryGraphCheck {
    private final ProblemCollector problems;

    StoryGraphCheck(ProblemCollector problems) {
        this.problems = problems;
    }

    /**
     * Every node reachable, no loops, every ending reachable, one ending worth full marks: reports
     * each problem ({@code path} is the scenario's, {@code nodePath} each node's) and says whether
     * there was none.
     */
    boolean check(String path, String start, List<DecisionNode> nodes, List<EndState> ends,
                  Map<String, String> nodePath) {
        Map<String, DecisionNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        boolean ok = true;

        // Iterative depth-first search with colours: a grey node met again closes a loop.
        Map<String, Integer> colour = new HashMap<>();
        Deque<String[]> stack = new ArrayDeque<>();
        Set<String> reached = new HashSet<>();
        stack.push(new String[] {start, "enter"});
        while (!stack.isEmpty()) {
            String[] frame = stack.pop();
            String at = frame[0];
            if (frame[1].equals("exit")) {
                colour.put(at, 2);
                continue;
            }
            reached.add(at);
            DecisionNode node = byId.get(at);
            if (node == null || colour.getOrDefault(at, 0) == 2) {
                continue;
            }
            colour.put(at, 1);
            stack.push(new String[] {at, "exit"});
            for (DecisionOption option : node.options()) {
                int c = colour.getOrDefault(option.next(), 0);
                if (c == 1) {
                    if (ok) {
                        problems.error(nodePath.get(at), "content.loop", option.id(), option.next());
                    }
                    ok = false;
                } else if (c == 0) {
                    stack.push(new String[] {option.next(), "enter"});
                }
            }
        }
        for (DecisionNode node : nodes) {
            if (!reached.contains(node.id())) {
                problems.error(nodePath.get(node.id()), "content.unreachableNode", start, node.id());
                ok = false;
            }
        }
        for (int i = 0; i < ends.size(); i++) {
            if (!reached.contains(ends.get(i).id())) {
                problems.error(child(path, "ends") + "[" + i + "]", "content.unreachableEnding", ends.get(i).id());
                ok = false;
            }
        }
        int best = ends.stream().mapToInt(EndState::score).max().orElse(0);
        if (best != 100) {
            problems.error(child(path, "ends"), "content.noFullEnding", String.valueOf(best));
            ok = false;
        }
        return ok;
    }
}
