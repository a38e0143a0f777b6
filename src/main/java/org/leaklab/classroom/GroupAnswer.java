package org.leaklab.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.BordaConsensus;

/**
 * One answer made from the answers of several devices (a team's members, or the whole room), as an
 * ordinary {@link Answer}, so the app's scorer and leaderboard take it unchanged: a ranking's Borda
 * consensus, an estimate's median on the log scale, a choice's majority.
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
        return Optional.of(switch (scenario) {
            case RankingScenario ranking -> {
                List<RankingAnswer> orders = answers.stream().map(RankingAnswer.class::cast).toList();
                BordaConsensus consensus = BordaConsensus.of(ranking, orders);
                boolean tied = consensus.points().values().stream().distinct().count() < consensus.points().size();
                yield new GroupAnswer(new RankingAnswer(consensus.order()), orders.size(), tied);
            }
            case ChoiceScenario choice -> choice(choice, answers.stream().map(ChoiceAnswer.class::cast).toList());
            case EstimateScenario _ -> {
                List<Double> guesses = answers.stream().map(a -> ((EstimateAnswer) a).value()).toList();
                yield new GroupAnswer(new EstimateAnswer(EstimateTally.median(guesses).orElseThrow()),
                        guesses.size(), false);
            }
            case DecisionScenario _ -> throw new IllegalArgumentException(
                    "a story's group answer is the path its majority took, see ClassRoom#groupAnswers");
        });
    }

    /**
     * Single choice: the option most members chose. Multiple choice: every option more than half of
     * the members chose; if none is, the most chosen one, so a group never answers nothing.
     */
    private static GroupAnswer choice(ChoiceScenario scenario, List<ChoiceAnswer> answers) {
        Map<String, Integer> counts = ChoiceTally.counts(scenario, answers);
        if (scenario.multiple()) {
            List<String> chosen = new ArrayList<>();
            counts.forEach((id, votes) -> {
                if (votes * 2 > answers.size()) {
                    chosen.add(id);
                }
            });
            if (!chosen.isEmpty()) {
                return new GroupAnswer(new ChoiceAnswer(new java.util.HashSet<>(chosen)), answers.size(), false);
            }
        }
        Majority majority = Majority.of(counts);
        String pick = majority.winner().orElseGet(() -> majority.tied().get(0));
        return new GroupAnswer(ChoiceAnswer.of(pick), answers.size(), majority.isTie());
    }
}
