package org.leaklab.ui.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.StoryGraph;

/**
 * A path through a decision story as the story views hold it (an observable value): a thin
 * adapter over the model's {@link StoryGraph.Path}, which does the walking.
 */
public final class StoryPath {
    /** One step: the situation and the option taken there. */
    public record Step(DecisionNode node, DecisionOption option) {
    }

    private final StoryGraph.Path path;

    private StoryPath(StoryGraph.Path path) {
        this.path = path;
    }

    /** Walks {@code optionIds} from the start node as far as they fit the story (see {@link StoryGraph#walk}). */
    public static StoryPath walk(DecisionScenario scenario, List<String> optionIds) {
        return new StoryPath(StoryGraph.of(Objects.requireNonNull(scenario)).walk(optionIds));
    }

    /** The steps taken, from the start. */
    public List<Step> steps() {
        return path.steps().stream().map(step -> new Step(step.node(), step.option())).toList();
    }

    /** The option ids of the steps taken. */
    public List<String> optionIds() {
        return path.optionIds();
    }

    /** The node the story stands at, unless it has ended. */
    public Optional<DecisionNode> currentNode() {
        return path.currentNode();
    }

    /** The ending reached, if any. */
    public Optional<EndState> ending() {
        return path.ending();
    }
}
