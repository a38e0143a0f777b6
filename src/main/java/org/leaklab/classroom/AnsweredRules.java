package org.leaklab.classroom;

import java.util.List;
import org.leaklab.model.Answer;

/**
 * The rules of a question every device answers once and whole (a ranking, an estimate, a choice):
 * the answer a {@link Submission} gives, the projector's tally and a group's answer, all made of
 * the model's own {@link Answer} types so the app's scorer and leaderboard take them unchanged.
 * Every rule refuses with a {@link Refusal}, never guesses.
 */
public sealed interface AnsweredRules extends ScenarioRules permits RankingRules, EstimateRules, ChoiceRules {
    /**
     * The answer {@code submission} gives to the scenario.
     *
     * @throws RefusedException if it does not fit (of another kind, or invalid for this scenario)
     */
    Answer check(Submission submission);

    /** The class's tally of {@code answers}, each made by {@link #check}. */
    Tally tally(List<Answer> answers);

    /** The answer of a group whose devices answered {@code answers} (at least one, each made by {@link #check}). */
    GroupAnswer group(List<Answer> answers);
}
