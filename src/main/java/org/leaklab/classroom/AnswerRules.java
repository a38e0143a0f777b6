package org.leaklab.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;

/**
 * Checks a device's {@link Submission} against the scenario it answers and turns it into the
 * model's own {@link Answer}, so everything after this point (scorers, consensus, team answers)
 * is the code the app already uses. Every rule refuses with a {@link Refusal}, never guesses.
 */
public final class AnswerRules {
    private AnswerRules() {
    }

    /**
     * The answer {@code submission} gives to {@code scenario} (a ranking, estimate or choice).
     *
     * @throws RefusedException if it does not fit
     */
    public static Answer check(Scenario scenario, Submission submission) {
        return switch (scenario) {
            case RankingScenario ranking -> ranking(ranking, submitted(Submission.Ranking.class, submission));
            case EstimateScenario _ -> estimate(submitted(Submission.Estimate.class, submission));
            case ChoiceScenario choice -> choice(choice, submitted(Submission.Choice.class, submission));
            // A story is voted on step by step (ClassRoom's votes), never answered whole.
            case DecisionScenario _ -> throw new RefusedException(Refusal.WRONG_KIND);
        };
    }

    /** {@code submission} as the kind the scenario takes, or refused as the wrong kind. */
    private static <S extends Submission> S submitted(Class<S> kind, Submission submission) {
        if (!kind.isInstance(submission)) {
            throw new RefusedException(Refusal.WRONG_KIND);
        }
        return kind.cast(submission);
    }

    /** A ranking must list every item of the scenario exactly once and nothing else. */
    static RankingAnswer ranking(RankingScenario scenario, Submission.Ranking order) {
        List<String> ids = order.itemIds();
        if (ids.size() != scenario.itemIds().size()
                || !new HashSet<>(ids).equals(new HashSet<>(scenario.itemIds()))) {
            throw new RefusedException(Refusal.NOT_A_PERMUTATION);
        }
        return new RankingAnswer(ids);
    }

    /** An estimate must be a finite number on the app's price scale. */
    static EstimateAnswer estimate(Submission.Estimate guess) {
        double dollars = guess.dollars();
        if (!Double.isFinite(dollars)) {
            throw new RefusedException(Refusal.NOT_A_NUMBER);
        }
        if (dollars < EstimateScenario.MIN_GUESS || dollars > EstimateScenario.MAX_GUESS) {
            throw new RefusedException(Refusal.OUT_OF_RANGE);
        }
        return new EstimateAnswer(dollars);
    }

    /** Existing option ids, each once; exactly one for a single choice, one to all for a multiple one. */
    static ChoiceAnswer choice(ChoiceScenario scenario, Submission.Choice chosen) {
        List<String> ids = chosen.optionIds();
        Set<String> known = new HashSet<>();
        scenario.options().stream().map(ChoiceOption::id).forEach(known::add);
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!known.contains(id) || !seen.add(id)) {
                throw new RefusedException(Refusal.UNKNOWN_OPTION);
            }
        }
        int max = scenario.multiple() ? scenario.options().size() : 1;
        if (ids.isEmpty() || ids.size() > max) {
            throw new RefusedException(Refusal.WRONG_NUMBER_OF_OPTIONS);
        }
        return new ChoiceAnswer(seen);
    }

    /**
     * A vote must name one of the options offered at {@code node}, where the device's story stands.
     *
     * @return the option voted for
     */
    public static DecisionOption vote(DecisionNode node, Submission submission) {
        if (!(submission instanceof Submission.Vote vote)) {
            throw new RefusedException(Refusal.WRONG_KIND);
        }
        return node.options().stream().filter(o -> o.id().equals(vote.optionId())).findFirst()
                .orElseThrow(() -> new RefusedException(Refusal.UNKNOWN_BRANCH));
    }
}
