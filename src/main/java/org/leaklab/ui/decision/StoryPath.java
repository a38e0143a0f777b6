package org.leaklab.ui.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;

/**
 * A path through a decision story, walked from the start node: the steps taken so far and where
 * the story stands now (at a node, or at an ending). Walking stops at the first option that the
 * node reached does not offer, so a stale draft never breaks the story.
 */
public final class StoryPath {
    /** One step: the situation and the option taken there. */
    public record Step(DecisionNode node, DecisionOption option) {
    }

    private final DecisionScenario scenario;
    private final List<Step> steps;
    private final String position;

    private StoryPath(DecisionScenario scenario, List<Step> steps, String position) {
        this.scenario = scenario;
        this.steps = List.copyOf(steps);
        this.position = position;
    }

    /** Walks {@code optionIds} from the start node as far as they fit the story. */
    public static StoryPath walk(DecisionScenario scenario, List<String> optionIds) {
        Objects.requireNonNull(scenario);
        List<Step> steps = new ArrayList<>();
        String position = scenario.startNodeId();
        for (String optionId : optionIds) {
            Optional<DecisionNode> node = scenario.node(position);
            if (node.isEmpty()) {
                break;
            }
            Optional<DecisionOption> option = node.get().options().stream()
                    .filter(o -> o.id().equals(optionId)).findFirst();
            if (option.isEmpty()) {
                break;
            }
            steps.add(new Step(node.get(), option.get()));
            position = option.get().next();
        }
        return new StoryPath(scenario, steps, position);
    }

    /** The steps taken, from the start. */
    public List<Step> steps() {
        return steps;
    }

    /** The option ids of the steps taken. */
    public List<String> optionIds() {
        return steps.stream().map(step -> step.option().id()).toList();
    }

    /** The node the story stands at, unless it has ended. */
    public Optional<DecisionNode> currentNode() {
        return scenario.node(position);
    }

    /** The ending reached, if any. */
    public Optional<EndState> ending() {
        return scenario.endState(position);
    }
}
