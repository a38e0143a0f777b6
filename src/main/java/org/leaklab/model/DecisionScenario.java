package org.leaklab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A short branching story: the player starts at {@link #startNodeId()}, picks an option at each
 * node and ends in an {@link EndState} whose score and lesson close the story. The pack validator
 * guarantees the graph is acyclic, every node is reachable and every path ends.
 *
 * @param id          stable id
 * @param title       short title
 * @param prompt      the setting, read before the first node
 * @param startNodeId the first node
 * @param nodes       the situations
 * @param endStates   the endings
 * @param sourceIds   the sources of the facts the story builds on (the story itself is invented)
 */
public record DecisionScenario(String id, LocalizedText title, LocalizedText prompt, String startNodeId,
                               List<DecisionNode> nodes, List<EndState> endStates, List<String> sourceIds)
        implements Scenario {
    public DecisionScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(startNodeId, "startNodeId");
        nodes = List.copyOf(nodes);
        endStates = List.copyOf(endStates);
        sourceIds = List.copyOf(sourceIds);
    }

    /** A story that cites no source. */
    public DecisionScenario(String id, LocalizedText title, LocalizedText prompt, String startNodeId,
                            List<DecisionNode> nodes, List<EndState> endStates) {
        this(id, title, prompt, startNodeId, nodes, endStates, List.of());
    }

    /** The node with {@code nodeId}. */
    public Optional<DecisionNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** The end state with {@code endId}. */
    public Optional<EndState> endState(String endId) {
        return endStates.stream().filter(e -> e.id().equals(endId)).findFirst();
    }

    /** The first node. */
    public DecisionNode start() {
        return node(startNodeId).orElseThrow(() -> new IllegalStateException("no start node " + startNodeId));
    }
}
