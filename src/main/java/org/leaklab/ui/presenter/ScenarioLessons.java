package org.leaklab.ui.presenter;

import java.util.Optional;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.Lesson;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.decision.StoryPath;

/**
 * The lesson a scenario's reveal ends with. A case pack ties lessons to the endings of its
 * decision stories, so a story's lesson is that of the ending its best path reaches. The other
 * kinds name no lesson in the pack format yet; this is the one place that reads it once they do.
 */
final class ScenarioLessons {
    private ScenarioLessons() {
    }

    static Optional<Lesson> of(Case caseData, Scenario scenario, ScenarioScorer scorer) {
        return switch (scenario) {
            case DecisionScenario story -> StoryPath
                    .walk(story, ((DecisionAnswer) scorer.referenceAnswer(story)).optionIds()).ending()
                    .flatMap(ending -> caseData.lesson(ending.lessonId()));
            case RankingScenario _, EstimateScenario _, ChoiceScenario _ -> Optional.empty();
        };
    }
}
