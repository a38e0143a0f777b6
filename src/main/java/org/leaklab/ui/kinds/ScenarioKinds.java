package org.leaklab.ui.kinds;

import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.ui.choice.ChoiceKind;
import org.leaklab.ui.decision.DecisionKind;
import org.leaklab.ui.estimate.EstimateKind;
import org.leaklab.ui.ranking.RankingKind;
import org.leaklab.ui.scenario.ScenarioKind;

/**
 * The one place in the user interface that knows every scenario kind: the rest asks it for a
 * scenario's {@link ScenarioKind} and never names a kind. A new kind of scenario gets its case
 * here, and the compiler asks for it (the switch covers the sealed family).
 */
public final class ScenarioKinds {
    private ScenarioKinds() {
    }

    /** The kind of {@code scenario}, for that scenario. */
    public static ScenarioKind<?> of(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> new RankingKind(ranking);
            case EstimateScenario estimate -> new EstimateKind(estimate);
            case ChoiceScenario choice -> new ChoiceKind(choice);
            case DecisionScenario decision -> new DecisionKind(decision);
        };
    }
}
