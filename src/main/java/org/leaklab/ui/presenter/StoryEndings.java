package org.leaklab.ui.presenter;

import java.util.List;
import java.util.Optional;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.StoryGraph;

/**
 * For a decision story played by a whole team, the teacher records only the ending the team
 * reached; the scorer wants a path. Any path to that ending scores the same (a story's score is
 * its ending's), so the shortest one stands for it ({@link StoryGraph#pathTo}).
 */
final class StoryEndings {
    private StoryEndings() {
    }

    /** A shortest path of option ids from the start to {@code endStateId}; empty if no path leads there. */
    static Optional<List<String>> pathTo(DecisionScenario story, String endStateId) {
        return StoryGraph.of(story).pathTo(endStateId);
    }
}
