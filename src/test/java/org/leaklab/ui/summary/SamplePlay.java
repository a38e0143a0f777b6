package org.leaklab.ui.summary;

import java.util.ArrayList;
import java.util.List;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.session.PlayThrough;

/** A play-through of the real Amazon case with honest, mixed answers, for summary tests and screenshots. */
public final class SamplePlay {
    private SamplePlay() {
    }

    public static Case amazon() {
        return CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    }

    /** Every scenario answered except the last one: rankings as listed, estimates of $500, first options. */
    public static PlayThrough mostlyAnswered() {
        PlayThrough play = new PlayThrough(amazon());
        List<Scenario> scenarios = play.scenarios();
        for (Scenario scenario : scenarios.subList(0, scenarios.size() - 1)) {
            play.submit(scenario.id(), answerFor(scenario));
        }
        return play;
    }

    /** A plausible answer that is not simply the reference. */
    public static Answer answerFor(Scenario scenario) {
        if (scenario instanceof RankingScenario ranking) {
            return new RankingAnswer(ranking.itemIds());
        }
        if (scenario instanceof EstimateScenario) {
            return new EstimateAnswer(500);
        }
        if (scenario instanceof ChoiceScenario choice) {
            return ChoiceAnswer.of(choice.options().get(0).id());
        }
        return new DecisionAnswer(firstOptionPath((DecisionScenario) scenario));
    }

    private static List<String> firstOptionPath(DecisionScenario decision) {
        List<String> path = new ArrayList<>();
        String next = decision.startNodeId();
        for (int guard = 0; guard < 50; guard++) {
            String current = next;
            DecisionNode node = decision.nodes().stream().filter(n -> n.id().equals(current)).findFirst().orElse(null);
            if (node == null) {
                break;
            }
            DecisionOption option = node.options().get(0);
            path.add(option.id());
            next = option.next();
        }
        return path;
    }
}
