package org.leaklab.content;

import static org.leaklab.content.PackFields.child;
import static org.leaklab.content.PackFields.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leaklab.content.JsonNode.JObject;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.LocalizedText;

/**
 * Reads a decision story: its nodes, their options and the endings, each option's {@code next}
 * naming a node or an ending; the shape of the whole is left to {@link StoryGraphCheck}.
 */
record DecisionReader(PackFields fields, Citations citations, Set<String> lessonIds) {
    /** Most nodes plus endings of a decision story. */
    static final int MAX_STORY_STEPS = 200;

    DecisionScenario decision(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "type", "title", "prompt", "start", "nodes", "ends", "sources"));
        int errorsBefore = fields.problems().errorCount();
        String id = fields.id(o, path, "id");
        LocalizedText title = fields.text(o, path, "title");
        LocalizedText prompt = fields.text(o, path, "prompt");
        String start = fields.id(o, path, "start");
        List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.scenario"));
        List<JsonNode> nodeElements = fields.array(o, path, "nodes", true, 1, Noun.NODE.many());
        List<JsonNode> endElements = fields.array(o, path, "ends", true, 1, Noun.ENDING.many());
        if (nodeElements.size() + endElements.size() > MAX_STORY_STEPS) {
            fields.problems().error(path, "content.storySize", String.valueOf(MAX_STORY_STEPS),
                    String.valueOf(nodeElements.size() + endElements.size()));
            return null;
        }
        // Node and ending ids share one namespace: an option's "next" may name either.
        Map<String, String> stepPaths = new HashMap<>();
        Set<String> nodeIds = PackFields.idsOf(nodeElements);
        Set<String> endIds = PackFields.idsOf(endElements);
        Set<String> targets = new LinkedHashSet<>(nodeIds);
        targets.addAll(endIds);

        List<DecisionNode> nodes = new ArrayList<>();
        Map<String, String> optionPaths = new HashMap<>();
        Map<String, String> nodePath = new HashMap<>();
        fields.elements(nodeElements, child(path, "nodes"), Noun.NODE.a(), Set.of("id", "text", "options"),
                Noun.NODE_OR_ENDING, stepPaths, (n, p) -> node(n, p, targets, optionPaths, nodePath), nodes);
        List<EndState> ends = new ArrayList<>();
        fields.elements(endElements, child(path, "ends"), Noun.ENDING.a(),
                Set.of("id", "title", "text", "score", "lesson"), Noun.NODE_OR_ENDING, stepPaths, this::end, ends);
        if (start != null && !nodeIds.contains(start)) {
            fields.problems().error(child(path, "start"), endIds.contains(start) ? "content.startIsEnding"
                    : "content.start", list(nodeIds), start);
        }
        if (fields.problems().errorCount() > errorsBefore) {
            return null;
        }
        if (!new StoryGraphCheck(fields.problems()).check(path, start, nodes, ends, nodePath)) {
            return null;
        }
        return new DecisionScenario(id, title, prompt, start, nodes, ends, sources);
    }

    /** A node; {@code optionPaths} holds the option ids of the whole story, {@code nodePath} gets the node's path. */
    private DecisionNode node(JObject n, String p, Set<String> targets, Map<String, String> optionPaths,
                              Map<String, String> nodePath) {
        String nodeId = fields.id(n, p, "id");
        LocalizedText text = fields.text(n, p, "text");
        List<DecisionOption> options = new ArrayList<>();
        List<JsonNode> optionElements = fields.array(n, p, "options", true, 1, Noun.OPTION.many());
        boolean allRead = fields.elements(optionElements, child(p, "options"), Noun.OPTION.a(),
                Set.of("id", "text", "consequence", "next"), Noun.OPTION, optionPaths,
                (option, op) -> option(option, op, targets), options);
        if (nodeId == null || text == null || optionElements.isEmpty() || !allRead) {
            return null;
        }
        nodePath.put(nodeId, p);
        return new DecisionNode(nodeId, text, options);
    }

    private DecisionOption option(JObject option, String op, Set<String> targets) {
        String optionId = fields.id(option, op, "id");
        LocalizedText optionText = fields.text(option, op, "text");
        LocalizedText consequence = fields.text(option, op, "consequence");
        String next = fields.reference(option, op, "next", targets, Noun.NODE_OR_ENDING);
        return optionId == null || optionText == null || consequence == null || next == null ? null
                : new DecisionOption(optionId, optionText, consequence, next);
    }

    private EndState end(JObject e, String p) {
        String endId = fields.id(e, p, "id");
        LocalizedText endTitle = fields.text(e, p, "title");
        LocalizedText text = fields.text(e, p, "text");
        Integer score = fields.integer(e, p, "score", 0, 100);
        String lesson = fields.reference(e, p, "lesson", lessonIds, Noun.LESSON);
        return endId == null || endTitle == null || text == null || score == null || lesson == null ? null
                : new EndState(endId, endTitle, text, score, lesson);
    }
}
