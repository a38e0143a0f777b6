package org.leaklab.classroom;

import java.util.Locale;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;

/**
 * What the class network does with one scenario kind, each kind in one class of its own: which
 * answer a device may send, how the class's answers are tallied and made into a group's answer,
 * and how the question looks on a phone. {@link #of} is the one place that tells the kinds apart;
 * the room, the team answers and the phone's JSON all go through it.
 * <p>
 * Two shapes: {@link AnsweredRules} for a question answered once and whole (ranking, estimate,
 * choice), {@link StoryRules} for a decision story the class votes on step by step.
 */
public sealed interface ScenarioRules permits AnsweredRules, StoryRules {
    /** The rules of {@code scenario}'s kind. */
    static ScenarioRules of(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> new RankingRules(ranking);
            case EstimateScenario estimate -> new EstimateRules(estimate);
            case ChoiceScenario choice -> new ChoiceRules(choice);
            case DecisionScenario story -> new StoryRules(story);
        };
    }

    /** The scenario these rules are for. */
    Scenario scenario();

    /**
     * Writes the kind's own part of the question as one device sees it (its kind, items or
     * options, the device's answer or its group's story step), texts in {@code locale}.
     */
    void describe(QuestionView view, Case caseData, Locale locale, PhoneFields fields);
}
