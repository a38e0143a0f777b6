package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.ui.decision.StoryPath;

class StoryEndingsTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    @Test
    void everyEndingOfEveryStoryIsReachedByTheShortestPathFound() {
        List<DecisionScenario> stories = AMAZON.scenarios().stream().filter(DecisionScenario.class::isInstance)
                .map(DecisionScenario.class::cast).toList();
        assertTrue(!stories.isEmpty(), "the Amazon case has decision stories");
        for (DecisionScenario story : stories) {
            for (EndState ending : story.endStates()) {
                List<String> path = StoryEndings.pathTo(story, ending.id()).orElseThrow();
                assertEquals(ending.id(), StoryPath.walk(story, path).ending().orElseThrow().id());
                assertTrue(path.size() >= 1);
            }
            assertTrue(StoryEndings.pathTo(story, "no-such-ending").isEmpty());
            assertTrue(StoryEndings.pathTo(story, story.startNodeId()).isEmpty(), "a node is not an ending");
        }
    }
}
