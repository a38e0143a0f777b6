package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;

/**
 * Scores single- and multiple-answer questions with partial credit.
 * <p>
 * Single answer: {@code 100 × credit} of the chosen option (negative credit counts as 0).
 * Multiple answers: {@code 100 × Σ credit of the chosen options / Σ positive credits}, clamped to
 * 0..100, so choosing every right option scores 100, missing one costs its share, and a wrong
 * option with negative credit takes points back. Every option gets one line of feedback.
 */
public final class ChoiceScorer {
    /** The best answer: the first option with the highest credit, or every option with positive credit. */
    public ChoiceAnswer referenceAnswer(ChoiceScenario scenario) {
        if (!scenario.multiple()) {
            ChoiceOption best = scenario.options().get(0);
            for (ChoiceOption option : scenario.options()) {
                if (option.credit() > best.credit()) {
                    best = option;
                }
            }
            return ChoiceAnswer.of(best.id());
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (ChoiceOption option : scenario.options()) {
            if (option.credit() > 0) {
                chosen.add(option.id());
            }
        }
        return new ChoiceAnswer(chosen);
    }

    /**
     * Scores {@code answer}.
     *
     * @throws IllegalArgumentException for an unknown option, or several options in a single-answer question
     */
    public ScoreResult score(ChoiceScenario scenario, ChoiceAnswer answer) {
        for (String id : answer.optionIds()) {
            if (scenario.option(id).isEmpty()) {
                throw new IllegalArgumentException("scenario " + scenario.id() + " has no option " + id);
            }
        }
        if (!scenario.multiple() && answer.optionIds().size() > 1) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " takes one option, got " + answer.optionIds());
        }
        double scale = scenario.multiple() ? 100 / positiveCredit(scenario) : 100;
        double raw = 0;
        for (String id : answer.optionIds()) {
            raw += scenario.option(id).orElseThrow().credit();
        }
        double score = Math.max(0, Math.min(100, raw * scale));

        List<Explanation> lines = new ArrayList<>();
        if (answer.optionIds().isEmpty()) {
            lines.add(Explanation.of(Explanation.Tone.WRONG, 0, "scoring.choice.none"));
        }
        for (ChoiceOption option : scenario.options()) {
            boolean chosen = answer.optionIds().contains(option.id());
            double points = option.credit() * scale;
            if (chosen && option.credit() >= 1) {
                lines.add(Explanation.of(Explanation.Tone.CORRECT, points, "scoring.choice.chosen.right",
                        option.text(), option.feedback()));
            } else if (chosen && option.credit() > 0) {
                lines.add(Explanation.of(Explanation.Tone.PARTLY, points, "scoring.choice.chosen.partly",
                        option.text(), option.feedback(), points));
            } else if (chosen) {
                lines.add(Explanation.of(Explanation.Tone.WRONG, Math.min(0, points), "scoring.choice.chosen.wrong",
                        option.text(), option.feedback()));
            } else if (option.credit() > 0) {
                lines.add(Explanation.of(scenario.multiple() ? Explanation.Tone.WRONG : Explanation.Tone.INFO,
                        scenario.multiple() ? -points : 0, "scoring.choice.missed", option.text(), option.feedback()));
            } else {
                lines.add(Explanation.info("scoring.choice.avoided", option.text(), option.feedback()));
            }
        }
        return new ScoreResult(score, lines);
    }

    private static double positiveCredit(ChoiceScenario scenario) {
        double sum = 0;
        for (ChoiceOption option : scenario.options()) {
            sum += Math.max(0, option.credit());
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " has no option with positive credit");
        }
        return sum;
    }
}
