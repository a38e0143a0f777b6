package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.Lesson;

/**
 * Scores a path through a decision story: the score is that of the end state the path reaches;
 * the explanations retell each step's consequence, then the ending and its lesson. A path that
 * stops before an ending scores 0.
 */
public final class DecisionScorer {
    private final Case caseData;

    /** A scorer that looks lessons up in {@code caseData}. */
    public DecisionScorer(Case caseData) {
        this.caseData = Objects.requireNonNull(caseData, "caseData");
    }

    /**
     * Scores {@code answer}.
     *
     * @throws IllegalArgumentException if a chosen option is not offered at the node the path has
     *                                  reached, or the path goes on after an ending
     */
    public ScoreResult score(DecisionScenario scenario, DecisionAnswer answer) {
        List<Explanation> lines = new ArrayList<>();
        String current = scenario.startNodeId();
        for (String optionId : answer.optionIds()) {
            String at = current;
            DecisionNode node = scenario.node(at).orElseThrow(() -> new IllegalArgumentException(
                    "the path of " + scenario.id() + " goes on after the ending " + at));
            DecisionOption option = node.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("node " + at + " has no option " + optionId));
            lines.add(Explanation.info("scoring.decision.step", option.text(), option.consequence()));
            current = option.next();
        }
        Optional<EndState> end = scenario.endState(current);
        if (end.isEmpty()) {
            lines.add(Explanation.of(Explanation.Tone.WRONG, 0, "scoring.decision.incomplete"));
            return new ScoreResult(0, lines);
        }
        EndState ending = end.get();
        int best = bestScore(scenario);
        Explanation.Tone tone = ending.score() >= best ? Explanation.Tone.CORRECT
                : ending.score() > 0 ? Explanation.Tone.PARTLY : Explanation.Tone.WRONG;
        lines.add(Explanation.of(tone, ending.score(), "scoring.decision.end", ending.title(), ending.text(),
                ending.score()));
        Lesson lesson = caseData.lesson(ending.lessonId())
                .orElseThrow(() -> new IllegalStateException("no lesson " + ending.lessonId()));
        lines.add(Explanation.info("scoring.decision.lesson", lesson.title(), lesson.text()));
        if (ending.score() < best) {
            lines.add(Explanation.info("scoring.decision.better", best));
        }
        return new ScoreResult(ending.score(), lines);
    }

    /** The highest score any ending of the story gives. */
    public static int bestScore(DecisionScenario scenario) {
        return scenario.endStates().stream().mapToInt(EndState::score).max().orElse(0);
    }

    /** A shortest path to the best-scoring ending (depth-first, options in pack order). */
    public DecisionAnswer referenceAnswer(DecisionScenario scenario) {
        Map<String, List<String>> memo = new HashMap<>();
        List<String> path = bestPath(scenario, scenario.startNodeId(), bestScore(scenario), memo, new HashSet<>());
        if (path == null) {
            throw new IllegalStateException("no path to the best ending in " + scenario.id());
        }
        return new DecisionAnswer(path);
    }

    private static List<String> bestPath(DecisionScenario scenario, String at, int best,
                                         Map<String, List<String>> memo, Set<String> onPath) {
        if (scenario.endState(at).isPresent()) {
            return scenario.endState(at).get().score() == best ? List.of() : null;
        }
        if (memo.containsKey(at)) {
            return memo.get(at);
        }
        if (!onPath.add(at)) {
            return null; // a cycle; the validator rejects them, this keeps hand-built stories safe
        }
        List<String> shortest = null;
        for (DecisionOption option : scenario.node(at).orElseThrow().options()) {
            List<String> rest = bestPath(scenario, option.next(), best, memo, onPath);
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
