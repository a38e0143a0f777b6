package org.leaklab.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.Scenario;

/**
 * One answer made from the answers of several devices (a team's members, or the whole room), as an
 * ordinary {@link Answer}, so the app's scorer and leaderboard take it unchanged: a ranking's Borda
 * consensus, an estimate's median on the log scale, a choice's majority (each kind's
 * {@link AnsweredRules#group}).
 *
 * @param answer  the group's answer
 * @param members how many devices' answers it was made from
 * @param tied    whether a tie was broken to make it (a single choice with two options equally
 *                chosen: the one the question lists first counts, and the projector says so)
 */
public record GroupAnswer(Answer answer, int members, boolean tied) {
    /**
     * The answer of a group whose devices answered {@code answers} (each already checked against
     * {@code scenario}); empty when there are none. Stories are played by groups step by step and
     * have their own path, see {@link ClassRoom#groupAnswers}.
     */
    public static Optional<GroupAnswer> of(Scenario scenario, Collection<? extends Answer> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        if (!(ScenarioRules.of(scenario) instanceof AnsweredRules rules)) {
            throw new IllegalArgumentException(
                    "a story's group answer is the path its majority took, see ClassRoom#groupAnswers");
        }
        return Optional.of(rules.group(List.copyOf(answers)));
    }
}
