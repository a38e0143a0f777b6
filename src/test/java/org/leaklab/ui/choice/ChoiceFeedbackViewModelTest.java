package org.leaklab.ui.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;

/** Feedback on a choice: the model's score and every option's part in it. */
class ChoiceFeedbackViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private final Localization localization = new Localization(Locale.ENGLISH);

    private ChoiceFeedbackViewModel feedback(String scenarioId, ChoiceAnswer answer) {
        PlayThrough play = new PlayThrough(AMAZON);
        ScoreResult result = play.submit(scenarioId, answer);
        assertEquals(play.scorer().score(AMAZON.scenario(scenarioId).orElseThrow(), answer).score(), result.score());
        return new ChoiceFeedbackViewModel((ChoiceScenario) AMAZON.scenario(scenarioId).orElseThrow(), answer, result,
                localization);
    }

    @Test
    void multipleAnswersShowPointsPerOptionThatAddUpToTheScore() {
        ChoiceAnswer answer = new ChoiceAnswer(Set.of("least-privilege", "whistleblower", "customer-passwords"));
        ChoiceFeedbackViewModel vm = feedback("choice-measures", answer);
        int expected = new PlayThrough(AMAZON).scorer()
                .score(AMAZON.scenario("choice-measures").orElseThrow(), answer).rounded();
        assertEquals(expected, vm.score().score());
        assertEquals(25, expected, "25 + 12.5 - 12.5 of 100");
        Map<String, ChoiceFeedbackViewModel.OptionResult> rows = vm.options().stream()
                .collect(Collectors.toMap(ChoiceFeedbackViewModel.OptionResult::id, Function.identity()));
        assertEquals(7, rows.size());
        assertEquals("+25 points", rows.get("least-privilege").points());
        assertEquals(Explanation.Tone.CORRECT, rows.get("least-privilege").tone());
        assertEquals("Your choice", rows.get("least-privilege").chosenTag());
        assertEquals("+12.5 points", rows.get("whistleblower").points());
        assertEquals(Explanation.Tone.PARTLY, rows.get("whistleblower").tone());
        assertEquals("Partly right answer", rows.get("whistleblower").quality());
        assertEquals("\u221212.5 points", rows.get("customer-passwords").points());
        assertEquals(Explanation.Tone.WRONG, rows.get("customer-passwords").tone());
        assertEquals("Wrong answer", rows.get("customer-passwords").quality());
        assertEquals("25 points missed", rows.get("four-eyes").points());
        assertFalse(rows.get("four-eyes").chosen());
        assertEquals("Not chosen", rows.get("four-eyes").chosenTag());
        assertEquals("", rows.get("encryption-at-rest").points(), "rightly left out: no points either way");
        assertEquals(Explanation.Tone.INFO, rows.get("encryption-at-rest").tone());
        assertTrue(rows.get("customer-passwords").feedback().startsWith("The data did not leak"));
        assertTrue(vm.scoringRule().contains("25 points"), vm.scoringRule());
        assertTrue(vm.generalFindings().isEmpty());
    }

    @Test
    void aSingleAnswerShowsPartialCredit() {
        ChoiceFeedbackViewModel vm = feedback("choice-source-check", ChoiceAnswer.of("closer-source"));
        assertEquals(50, vm.score().score());
        assertEquals("Partly right", vm.score().verdict());
        List<ChoiceFeedbackViewModel.OptionResult> rows = vm.options();
        assertEquals("closer-source", rows.get(3).id());
        assertEquals("+50 points", rows.get(3).points());
        assertEquals("Right answer", rows.get(1).quality());
        assertEquals("", rows.get(1).points());
        assertTrue(vm.scoringRule().startsWith("Only one answer counts"));
    }

    @Test
    void germanPointsUseADecimalComma() {
        localization.setLocale(Locale.GERMAN);
        ChoiceFeedbackViewModel vm = feedback("choice-measures", ChoiceAnswer.of("data-minimisation"));
        assertEquals("+12,5 Punkte", vm.options().get(4).points());
        assertEquals("Deine Wahl", vm.options().get(4).chosenTag());
        assertEquals(13, vm.score().score(), "12.5 rounds half up like everywhere");
    }
}
