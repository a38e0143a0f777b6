package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;

/**
 * Where each group (the room, or each team) stands in a decision story played step by step: the
 * options its majority chose so far. Not thread-safe; the {@link ClassRoom} guards it.
 */
final class StoryProgress {
    private final DecisionScenario story;
    private final Map<Group, List<String>> paths = new LinkedHashMap<>();
    private final Map<Group, Majority> ties = new LinkedHashMap<>();
    private int step = 1;

    StoryProgress(DecisionScenario story) {
        this.story = story;
    }

    /** A copy that later steps of this one do not change (for the room's published snapshot). */
    StoryProgress copy() {
        StoryProgress copy = new StoryProgress(story);
        paths.forEach((group, path) -> copy.paths.put(group, new ArrayList<>(path)));
        copy.ties.putAll(ties);
        copy.step = step;
        return copy;
    }

    DecisionScenario story() {
        return story;
    }

    int step() {
        return step;
    }

    void nextStep() {
        step++;
    }

    /** The options {@code group} has chosen so far. */
    List<String> path(Group group) {
        return List.copyOf(paths.getOrDefault(group, List.of()));
    }

    /** Groups that have voted at least once, in the order they first did. */
    List<Group> groups() {
        return List.copyOf(paths.keySet());
    }

    void join(Group group) {
        paths.computeIfAbsent(group, g -> new ArrayList<>());
    }

    /** The node or ending id {@code group} stands at. */
    String position(Group group) {
        String at = story.startNodeId();
        for (String optionId : paths.getOrDefault(group, List.of())) {
            at = option(at, optionId).map(DecisionOption::next).orElse(at);
        }
        return at;
    }

    /** The node {@code group} decides at next; empty once its story has ended. */
    Optional<DecisionNode> node(Group group) {
        return story.node(position(group));
    }

    boolean ended(Group group) {
        return story.endState(position(group)).isPresent();
    }

    /** The group's majority moves its story on. */
    void choose(Group group, String optionId) {
        if (option(position(group), optionId).isEmpty()) {
            throw new IllegalArgumentException("no option " + optionId + " at " + position(group));
        }
        paths.computeIfAbsent(group, g -> new ArrayList<>()).add(optionId);
        ties.remove(group);
    }

    void tie(Group group, Majority majority) {
        ties.put(group, majority);
    }

    Map<Group, Majority> ties() {
        return Map.copyOf(ties);
    }

    /** The option chosen at {@code step} (1-based) by {@code group}, if it got that far. */
    Optional<DecisionOption> chosenAt(Group group, int atStep) {
        List<String> path = paths.getOrDefault(group, List.of());
        if (atStep < 1 || atStep > path.size()) {
            return Optional.empty();
        }
        String at = story.startNodeId();
        for (int i = 0; i < atStep - 1; i++) {
            at = option(at, path.get(i)).orElseThrow().next();
        }
        return option(at, path.get(atStep - 1));
    }

    /** Whether every group that plays has reached an ending and no tie waits for the teacher. */
    boolean finished() {
        return !paths.isEmpty() && ties.isEmpty() && paths.keySet().stream().allMatch(this::ended);
    }

    private Optional<DecisionOption> option(String nodeId, String optionId) {
        return story.node(nodeId).flatMap(n -> n.options().stream().filter(o -> o.id().equals(optionId)).findFirst());
    }
}
