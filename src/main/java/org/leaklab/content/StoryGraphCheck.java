package org.leaklab.content;

import static org.leaklab.content.PackFields.child;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.EndState;
import org.leaklab.model.StoryGraph;

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
        StoryGraph graph = new StoryGraph(start, nodes, ends);
        boolean ok = true;
        Optional<StoryGraph.Step> loop = graph.firstLoop();
        if (loop.isPresent()) {
            DecisionOption option = loop.get().option();
            problems.error(nodePath.get(loop.get().node().id()), "content.loop", option.id(), option.next());
            ok = false;
        }
        Set<String> reached = graph.reachable();
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
        int best = graph.bestScore();
        if (best != 100) {
            problems.error(child(path, "ends"), "content.noFullEnding", String.valueOf(best));
            ok = false;
        }
        return ok;
    }
}
