package org.leaklab.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.Perspective;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;

/**
 * One entry point that scores any scenario of a case with the scorer for its kind. Immutable;
 * {@link #withWeights(String, Map)} returns a scorer whose rankings follow new weights.
 */
public final class ScenarioScorer {
    private final Case caseData;
    private final Map<String, ValueModel> models;
    private final EstimateScorer estimates;
    private final ChoiceScorer choices = new ChoiceScorer();
    private final DecisionScorer decisions;

    /** A scorer for {@code caseData} with every perspective's own weights. */
    public ScenarioScorer(Case caseData) {
        this(caseData, defaultModels(caseData));
    }

    private ScenarioScorer(Case caseData, Map<String, ValueModel> models) {
        this.caseData = Objects.requireNonNull(caseData, "caseData");
        this.models = Map.copyOf(models);
        this.estimates = new EstimateScorer(caseData);
        this.decisions = new DecisionScorer(caseData);
    }

    private static Map<String, ValueModel> defaultModels(Case caseData) {
        Map<String, ValueModel> models = new HashMap<>();
        for (Perspective perspective : caseData.perspectives()) {
            models.put(perspective.id(), ValueModel.of(caseData, perspective));
        }
        return models;
    }

    /** The case scored. */
    public Case caseData() {
        return caseData;
    }

    /** The value model in use for {@code perspectiveId}. */
    public ValueModel valueModel(String perspectiveId) {
        ValueModel model = models.get(perspectiveId);
        if (model == null) {
            throw new IllegalArgumentException("no perspective " + perspectiveId);
        }
        return model;
    }

    /** A scorer that values items for {@code perspectiveId} with {@code weights} instead. */
    public ScenarioScorer withWeights(String perspectiveId, Map<String, Double> weights) {
        Map<String, ValueModel> changed = new HashMap<>(models);
        changed.put(perspectiveId, valueModel(perspectiveId).withWeights(weights));
        return new ScenarioScorer(caseData, changed);
    }

    /**
     * Scores {@code answer} to {@code scenario}.
     *
     * @throws IllegalArgumentException if the answer is of another kind than the scenario or does
     *                                  not fit it (see the scorer of that kind)
     */
    public ScoreResult score(Scenario scenario, Answer answer) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(answer, "answer");
        return switch (scenario) {
            case RankingScenario ranking -> new RankingScorer(valueModel(ranking.perspectiveId()))
                    .score(ranking, answerOf(RankingAnswer.class, scenario, answer));
            case EstimateScenario estimate -> estimates.score(estimate, answerOf(EstimateAnswer.class, scenario, answer));
            case ChoiceScenario choice -> choices.score(choice, answerOf(ChoiceAnswer.class, scenario, answer));
            case DecisionScenario decision -> decisions.score(decision, answerOf(DecisionAnswer.class, scenario, answer));
        };
    }

    /**
     * {@code answer} as the kind of answer {@code scenario} takes.
     *
     * @throws IllegalArgumentException if it is of another kind
     */
    public static <A extends Answer> A answerOf(Class<A> kind, Scenario scenario, Answer answer) {
        if (!kind.isInstance(answer)) {
            throw new IllegalArgumentException(answer.getClass().getSimpleName() + " does not answer "
                    + scenario.getClass().getSimpleName() + " " + scenario.id());
        }
        return kind.cast(answer);
    }

    /** An answer that scores 100: what the model, the sources or the story author consider right. */
    public Answer referenceAnswer(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> new RankingScorer(valueModel(ranking.perspectiveId())).referenceAnswer(ranking);
            case EstimateScenario estimate -> estimates.referenceAnswer(estimate);
            case ChoiceScenario choice -> choices.referenceAnswer(choice);
            case DecisionScenario decision -> decisions.referenceAnswer(decision);
        };
    }
}
