package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.Lesson;
import org.leaklab.model.StoryGraph;

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
        StoryGraph.Path path = StoryGraph.of(scenario).walk(answer.optionIds());
        if (path.steps().size() < answer.optionIds().size()) {
            String at = path.position();
            String optionId = answer.optionIds().get(path.steps().size());
            throw new IllegalArgumentException(path.currentNode().isEmpty()
                    ? "the path of " + scenario.id() + " goes on after the ending " + at
                    : "node " + at + " has no option " + optionId);
        }
        for (StoryGraph.Step step : path.steps()) {
            lines.add(Explanation.info("scoring.decision.step", step.option().text(), step.option().consequence()));
        }
        Optional<EndState> end = path.ending();
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
        return StoryGraph.of(scenario).bestScore();
    }

    /** A shortest path to the best-scoring ending (depth-first, options in pack order). */
    public DecisionAnswer referenceAnswer(DecisionScenario scenario) {
        return new DecisionAnswer(StoryGraph.of(scenario).bestPath().orElseThrow(
                () -> new IllegalStateException("no path to the best ending in " + scenario.id())));
    }
}
