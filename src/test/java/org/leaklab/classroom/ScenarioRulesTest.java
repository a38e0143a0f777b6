package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.junit.jupiter.api.Test;

/** The one dispatch over the scenario kinds, and each kind taking only its own shape of answer. */
class ScenarioRulesTest {
    private static final List<Submission> SHAPES = List.of(new Submission.Ranking(List.of("a")),
            new Submission.Estimate(5), new Submission.Choice(List.of("a")), new Submission.Vote("a"));

    @Test
    void everyScenarioOfTheCaseGetsTheRulesOfItsKind() {
        for (Scenario scenario : Rooms.AMAZON.scenarios()) {
            ScenarioRules rules = ScenarioRules.of(scenario);
            assertEquals(scenario, rules.scenario());
            Class<?> expected = switch (scenario) {
                case RankingScenario _ -> RankingRules.class;
                case EstimateScenario _ -> EstimateRules.class;
                case ChoiceScenario _ -> ChoiceRules.class;
                case DecisionScenario _ -> StoryRules.class;
            };
            assertInstanceOf(expected, rules, scenario.id());
        }
    }

    @Test
    void aKindRefusesEveryOtherShapeAsTheWrongKind() {
        List<AnsweredRules> kinds = List.of(new RankingRules(Rooms.ranking()), new EstimateRules(Rooms.estimate()),
                new ChoiceRules(Rooms.singleChoice()));
        for (int k = 0; k < kinds.size(); k++) {
            for (int s = 0; s < SHAPES.size(); s++) {
                if (s != k) {
                    Submission shape = SHAPES.get(s);
                    AnsweredRules kind = kinds.get(k);
                    assertEquals(Refusal.WRONG_KIND, assertThrows(RefusedException.class, () -> kind.check(shape)).refusal(),
                            kind + " took " + shape);
                }
            }
        }
        for (Submission shape : SHAPES.subList(0, 3)) {
            assertEquals(Refusal.WRONG_KIND, assertThrows(RefusedException.class,
                    () -> StoryRules.vote(Rooms.story().start(), shape)).refusal());
        }
    }

    @Test
    void aStoryHasNoGroupAnswerMadeOfAnswers() {
        assertThrows(IllegalArgumentException.class, () -> GroupAnswer.of(Rooms.story(), List.of(new EstimateAnswer(1))));
        assertEquals(java.util.Optional.empty(), GroupAnswer.of(Rooms.story(), List.of()));
    }
}
