package org.leaklab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;

class StoryGraphTest {
    private static LocalizedText text(String s) {
        return LocalizedText.same(s);
    }

    private static DecisionOption option(String id, String next) {
        return new DecisionOption(id, text(id), text(id + " happened"), next);
    }

    private static DecisionNode node(String id, DecisionOption... options) {
        return new DecisionNode(id, text(id), List.of(options));
    }

    private static EndState end(String id, int score) {
        return new EndState(id, text(id), text(id), score, "lesson");
    }

    /**
     * start: a → mid, b → good; mid: c → good, d → bad. The best ending (good) is reached in one step
     * by b, and in two by a, c.
     */
    private static final DecisionScenario STORY = new DecisionScenario("s", text("S"), text("P"), "start",
            List.of(node("start", option("a", "mid"), option("b", "good")),
                    node("mid", option("c", "good"), option("d", "bad"))),
            List.of(end("good", 100), end("bad", 20), end("orphan", 50)));

    @Test
    void walksAPathAsFarAsItFitsTheStory() {
        StoryGraph.Path path = StoryGraph.of(STORY).walk(List.of("a", "d"));
        assertEquals(List.of("a", "d"), path.optionIds());
        assertEquals("bad", path.ending().orElseThrow().id());
        assertTrue(path.currentNode().isEmpty());
        assertEquals("start", path.steps().get(0).node().id());

        StoryGraph.Path stale = StoryGraph.of(STORY).walk(List.of("a", "x", "c"));
        assertEquals(List.of("a"), stale.optionIds(), "walking stops at the first option not offered");
        assertEquals("mid", stale.currentNode().orElseThrow().id());
        assertTrue(stale.ending().isEmpty());

        StoryGraph.Path beyond = StoryGraph.of(STORY).walk(List.of("b", "c"));
        assertEquals(List.of("b"), beyond.optionIds(), "nothing is walked after an ending");
        assertEquals("good", beyond.ending().orElseThrow().id());
    }

    @Test
    void findsTheShortestPathToEachEnding() {
        StoryGraph graph = StoryGraph.of(STORY);
        assertEquals(Optional.of(List.of("b")), graph.pathTo("good"));
        assertEquals(Optional.of(List.of("a", "d")), graph.pathTo("bad"));
        assertTrue(graph.pathTo("orphan").isEmpty(), "no option leads there");
        assertTrue(graph.pathTo("mid").isEmpty(), "a node is not an ending");
        assertTrue(graph.pathTo("nowhere").isEmpty());
    }

    @Test
    void knowsWhatIsReachableAndTheBestPath() {
        StoryGraph graph = StoryGraph.of(STORY);
        assertEquals(Set.of("start", "mid", "good", "bad"), graph.reachable());
        assertEquals(List.of("good", "bad"), graph.reachableEndings().stream().map(EndState::id).toList());
        assertEquals(100, graph.bestScore());
        assertEquals(Optional.of(List.of("b")), graph.bestPath());
        assertTrue(graph.firstLoop().isEmpty());
    }

    @Test
    void findsALoopAndStaysSafeOnIt() {
        StoryGraph loop = new StoryGraph("one", List.of(node("one", option("on", "two")),
                node("two", option("back", "one"), option("out", "end"))), List.of(end("end", 100)));
        StoryGraph.Step back = loop.firstLoop().orElseThrow();
        assertEquals("two", back.node().id());
        assertEquals("back", back.option().id());
        assertEquals(Optional.of(List.of("on", "out")), loop.bestPath());
        assertEquals(Set.of("one", "two", "end"), loop.reachable());
    }

    @Test
    void aStoryWhoseBestEndingNoPathReachesHasNoBestPath() {
        StoryGraph graph = new StoryGraph("start", List.of(node("start", option("a", "low"))),
                List.of(end("low", 10), end("high", 100)));
        assertTrue(graph.bestPath().isEmpty());
        assertFalse(graph.reachable().contains("high"));
    }

    @Test
    void everyEndingOfEveryBuiltInStoryIsReachedByTheShortestPathFound() {
        Case amazon = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
        List<DecisionScenario> stories = amazon.scenarios().stream().filter(DecisionScenario.class::isInstance)
                .map(DecisionScenario.class::cast).toList();
        assertFalse(stories.isEmpty(), "the Amazon case has decision stories");
        for (DecisionScenario story : stories) {
            StoryGraph graph = StoryGraph.of(story);
            for (EndState ending : story.endStates()) {
                List<String> path = graph.pathTo(ending.id()).orElseThrow();
                assertEquals(ending.id(), graph.walk(path).ending().orElseThrow().id());
                assertTrue(path.size() >= 1);
            }
            assertEquals(story.endStates(), graph.reachableEndings());
            assertEquals(100, graph.walk(graph.bestPath().orElseThrow()).ending().orElseThrow().score());
        }
    }
}
