package org.leaklab.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.PlayThrough;

/**
 * What an end-to-end test answered, rebuilt from the test's own actions and scored by the model,
 * independent of the app: the scores the app shows are compared with these.
 */
final class ExpectedPlay {
    /** The real Amazon case, read afresh (not the app's instance). */
    static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private final ScenarioScorer scorer = new ScenarioScorer(AMAZON);
    private final PlayThrough play = new PlayThrough(scorer);
    private final Map<String, Integer> scores = new LinkedHashMap<>();

    /** Scenario number {@code step} (1 = the first). */
    Scenario scenario(int step) {
        return AMAZON.scenarios().get(step - 1);
    }

    /** The step of the scenario with {@code scenarioId} (1 = the first). */
    int stepOf(String scenarioId) {
        return AMAZON.scenarios().indexOf(AMAZON.scenario(scenarioId).orElseThrow()) + 1;
    }

    int scenarioCount() {
        return AMAZON.scenarios().size();
    }

    /** The model's score for {@code answer}, kept for the summary: {@code ScenarioScorer.score(..).rounded()}. */
    int check(Scenario scenario, Answer answer) {
        int score = scorer.score(scenario, answer).rounded();
        play.submit(scenario.id(), answer);
        scores.put(scenario.id(), score);
        return score;
    }

    /** The order the model ranks a ranking's items in (scores 100). */
    List<String> referenceOrder(RankingScenario ranking) {
        return ((RankingAnswer) scorer.referenceAnswer(ranking)).itemIds();
    }

    /** The mean over all scenarios, as the summary shows it. */
    int totalScore() {
        return play.totalScore();
    }

    /** Scores by scenario id, in the order checked. */
    Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }

    PlayThrough play() {
        return play;
    }

    /** {@code order} with {@code itemId} moved by {@code delta} places, as a move button does. */
    static List<String> moved(List<String> order, String itemId, int delta) {
        List<String> result = new ArrayList<>(order);
        int from = result.indexOf(itemId);
        int to = Math.max(0, Math.min(result.size() - 1, from + delta));
        result.remove(from);
        result.add(to, itemId);
        return result;
    }

    /** {@code order} with {@code itemId} put at index {@code to} among the others, as a drop does. */
    static List<String> placed(List<String> order, String itemId, int to) {
        List<String> result = new ArrayList<>(order);
        result.remove(itemId);
        result.add(to, itemId);
        return result;
    }
}
