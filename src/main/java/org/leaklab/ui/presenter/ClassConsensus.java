package org.leaklab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.BordaConsensus;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.RankingScorer;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;

/**
 * The class consensus of a ranking, shown beside the revealed reference order.
 *
 * @param consensusLines the Borda order, "1. Item (points)"
 * @param score          the consensus scored against the reference, 0 to 100
 * @param ballots        how many rankings were counted
 * @param discussion     the scorer's first sentence on a pair the class ordered wrongly, to discuss
 */
public record ClassConsensus(List<String> consensusLines, long score, String ballots, Optional<String> discussion) {
    public ClassConsensus {
        consensusLines = List.copyOf(consensusLines);
    }

    /** The consensus of the team answers {@code answers} to {@code scenario}, once at least one team ranked. */
    static Optional<ClassConsensus> of(Scenario scenario, List<Answer> answers, Case caseData, ScenarioScorer scorer,
                                       Localization localization) {
        // Only rankings have a consensus (a Borda count); the other kinds show none.
        return scenario instanceof RankingScenario ranking ? of(ranking, answers, caseData, scorer, localization)
                : Optional.empty();
    }

    private static Optional<ClassConsensus> of(RankingScenario ranking, List<Answer> answers, Case caseData,
                                               ScenarioScorer scorer, Localization localization) {
        List<RankingAnswer> ballots = answers.stream()
                .filter(RankingAnswer.class::isInstance).map(RankingAnswer.class::cast).toList();
        if (ballots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(ranking, BordaConsensus.of(ranking, ballots), caseData, scorer, localization));
    }

    /** The consensus {@code consensus} of {@code ranking} in words and scored: the teams' or the devices'. */
    static ClassConsensus of(RankingScenario ranking, BordaConsensus consensus, Case caseData, ScenarioScorer scorer,
                             Localization localization) {
        Locale locale = localization.getLocale();
        ScoreResult result = consensus.score(new RankingScorer(scorer.valueModel(ranking.perspectiveId())), ranking);
        List<String> consensusLines = new ArrayList<>();
        for (int i = 0; i < consensus.order().size(); i++) {
            String id = consensus.order().get(i);
            String name = caseData.item(id).map(item -> item.name().in(locale)).orElse(id);
            consensusLines.add(localization.get("teams.consensus.line", i + 1, name, consensus.points().get(id)));
        }
        // The scorer's first sentence about a wrongly ordered pair is the question for the class.
        Optional<String> discussion = result.explanations().stream()
                .filter(e -> e.tone() == Explanation.Tone.WRONG || e.tone() == Explanation.Tone.PARTLY)
                .findFirst().map(e -> e.render(locale));
        return new ClassConsensus(consensusLines, Math.round(result.score()),
                result.explanations().get(0).render(locale), discussion);
    }
}
