package org.leaklab.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The graph of a decision story, the one place that walks it: a path of choices from the start,
 * the shortest path to an ending, what is reachable, the first loop, and the best path. Node and
 * ending ids share one name space; an option's {@code next} names either.
 */
public final class StoryGraph {
    /** One step: the situation and the option taken there. */
    public record Step(DecisionNode node, DecisionOption option) {
    }

    /**
     * A path walked from the start: the steps taken and where the story stands (at a node, at an
     * ending, or at an id the story does not know).
     *
     * @param steps    the steps taken, from the start
     * @param position the id of the node or ending reached
     */
    public record Path(StoryGraph graph, List<Step> steps, String position) {
        public Path {
            Objects.requireNonNull(graph);
            steps = List.copyOf(steps);
            Objects.requireNonNull(position);
        }

        /** The option ids of the steps taken. */
        public List<String> optionIds() {
            return steps.stream().map(step -> step.option().id()).toList();
        }

        /** The node the story stands at, unless it has ended. */
        public Optional<DecisionNode> currentNode() {
            return graph.node(position);
        }

        /** The ending reached, if any. */
        public Optional<EndState> ending() {
            return graph.ending(position);
        }
    }

    private final String start;
    private final Map<String, DecisionNode> nodes = new LinkedHashMap<>();
    private final Map<String, EndState> endings = new LinkedHashMap<>();

    /**
     * A graph of nodes and endings as they stand, also before they form a valid story (the pack
     * validator asks it for reachability and loops).
     */
    public StoryGraph(String start, List<DecisionNode> nodes, List<EndState> endings) {
        this.start = Objects.requireNonNull(start);
        nodes.forEach(n -> this.nodes.putIfAbsent(n.id(), n));
        endings.forEach(e -> this.endings.putIfAbsent(e.id(), e));
    }

    /** The graph of {@code story}. */
    public static StoryGraph of(DecisionScenario story) {
        return new StoryGraph(story.startNodeId(), story.nodes(), story.endStates());
    }

    private Optional<DecisionNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    private Optional<EndState> ending(String id) {
        return Optional.ofNullable(endings.get(id));
    }

    /**
     * Walks {@code optionIds} from the start as far as they fit the story: walking stops at the
     * first option that the node reached does not offer, so a stale draft never breaks the story.
     */
    public Path walk(List<String> optionIds) {
        List<Step> steps = new ArrayList<>();
        String position = start;
        for (String optionId : optionIds) {
            Optional<DecisionNode> node = node(position);
            Optional<DecisionOption> option = node.flatMap(n -> n.options().stream()
                    .filter(o -> o.id().equals(optionId)).findFirst());
            if (option.isEmpty()) {
                break;
            }
            steps.add(new Step(node.get(), option.get()));
            position = option.get().next();
        }
        return new Path(this, steps, position);
    }

    /** A shortest path of option ids from the start to {@code endingId}; empty if none leads there. */
    public Optional<List<String>> pathTo(String endingId) {
        if (!endings.containsKey(endingId)) {
            return Optional.empty();
        }
        // Breadth first from the start: the first time the ending is reached is by a shortest path.
        Map<String, DecisionOption> cameBy = new HashMap<>();
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        cameFrom.put(start, null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(endingId)) {
                List<String> path = new ArrayList<>();
                for (String step = at; cameFrom.get(step) != null; step = cameFrom.get(step)) {
                    path.add(0, cameBy.get(step).id());
                }
                return Optional.of(path);
            }
            for (DecisionOption option : node(at).map(DecisionNode::options).orElse(List.of())) {
                if (!cameFrom.containsKey(option.next())) {
                    cameFrom.put(option.next(), at);
                    cameBy.put(option.next(), option);
                    queue.add(option.next());
                }
            }
        }
        return Optional.empty();
    }

    /** The ids of every node and ending (and unknown id) that some path from the start reaches. */
    public Set<String> reachable() {
        return search().reached();
    }

    /** The endings some path from the start reaches, in the story's order. */
    public List<EndState> reachableEndings() {
        Set<String> reached = reachable();
        return endings.values().stream().filter(e -> reached.contains(e.id())).toList();
    }

    /** The first option found that leads back into the path that reached it; empty for a story without loops. */
    public Optional<Step> firstLoop() {
        return Optional.ofNullable(search().loop());
    }

    private record Search(Set<String> reached, Step loop) {
    }

    /** Iterative depth-first search with colours: a grey node met again closes a loop. */
    private Search search() {
        Map<String, Integer> colour = new HashMap<>();
        Deque<String[]> stack = new ArrayDeque<>();
        Set<String> reached = new HashSet<>();
        Step loop = null;
        stack.push(new String[] {start, "enter"});
        while (!stack.isEmpty()) {
            String[] frame = stack.pop();
            String at = frame[0];
            if (frame[1].equals("exit")) {
                colour.put(at, 2);
                continue;
            }
            reached.add(at);
            DecisionNode node = nodes.get(at);
            if (node == null || colour.getOrDefault(at, 0) == 2) {
                continue;
            }
            colour.put(at, 1);
            stack.push(new String[] {at, "exit"});
            for (DecisionOption option : node.options()) {
                int c = colour.getOrDefault(option.next(), 0);
                if (c == 1) {
                    loop = loop == null ? new Step(node, option) : loop;
                } else if (c == 0) {
                    stack.push(new String[] {option.next(), "enter"});
                }
            }
        }
        return new Search(Set.copyOf(reached), loop);
    }

    /** The highest score any ending gives; 0 for a story without endings. */
    public int bestScore() {
        return endings.values().stream().mapToInt(EndState::score).max().orElse(0);
    }

    /** A shortest path to a best-scoring ending (depth first, options in pack order); empty if none leads there. */
    public Optional<List<String>> bestPath() {
        return Optional.ofNullable(bestPath(start, bestScore(), new HashMap<>(), new HashSet<>()));
    }

    private List<String> bestPath(String at, int best, Map<String, List<String>> memo, Set<String> onPath) {
        if (endings.containsKey(at)) {
            return endings.get(at).score() == best ? List.of() : null;
        }
        if (memo.containsKey(at)) {
            return memo.get(at);
        }
        if (!onPath.add(at)) {
            return null; // a cycle; the validator rejects them, this keeps hand-built stories safe
        }
        List<String> shortest = null;
        for (DecisionOption option : node(at).orElseThrow().options()) {
            List<String> rest = bestPath(option.next(), best, memo, onPath);
            if (rest != null && (shortest == null || rest.size() + 1 < shortest.size())) {
                List<String> path = new ArrayList<>();
                path.add(option.id());
                path.addAll(rest);
                shortest = path;
            }
        }
        onPath.remove(at);
        memo.put(at, shortest);
        return shortest;
    }
}
