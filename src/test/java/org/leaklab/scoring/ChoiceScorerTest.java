package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.LocalizedText;

class ChoiceScorerTest {
    private final ChoiceScorer scorer = new ChoiceScorer();

    private static ChoiceOption option(String id, double credit) {
        return new ChoiceOption(id, LocalizedText.of("Option " + id, "Option " + id), credit,
                LocalizedText.of("Because " + id + ".", "Weil " + id + "."));
    }

    private final ChoiceScenario single = new ChoiceScenario("single", LocalizedText.same("t"), LocalizedText.same("p"), false,
            List.of(option("a", 1), option("b", 0.25), option("c", 0)));
    private final ChoiceScenario multiple = new ChoiceScenario("multiple", LocalizedText.same("t"), LocalizedText.same("p"), true,
            List.of(option("a", 1), option("b", 1), option("c", 0.5), option("d", -0.5), option("e", -1)));

    private static List<String> keys(ScoreResult result) {
        return result.explanations().stream().map(Explanation::key).toList();
    }

    @Test
    void singleAnswerEarnsTheCreditOfTheChosenOption() {
        assertEquals(100, scorer.score(single, ChoiceAnswer.of("a")).score(), 1e-9);
        assertEquals(25, scorer.score(single, ChoiceAnswer.of("b")).score(), 1e-9);
        assertEquals(0, scorer.score(single, ChoiceAnswer.of("c")).score(), 1e-9);
        assertEquals(ChoiceAnswer.of("a"), scorer.referenceAnswer(single));
    }

    @Test
    void everyOptionGetsFeedback() {
        ScoreResult result = scorer.score(single, ChoiceAnswer.of("b"));
        assertEquals(List.of("scoring.choice.missed", "scoring.choice.chosen.partly", "scoring.choice.avoided"), keys(result));
        assertEquals(List.of("You left out a right answer: Option a. Because a.",
                "Partly right: Option b. Because b. (25 points)",
                "Rightly left out: Option c. Because c."), result.render(Locale.ENGLISH));
        assertEquals("Teilweise richtig: Option b. Weil b. (25 Punkte)", result.render(Locale.GERMAN).get(1));
    }

    @Test
    void multipleAnswersGivePartialCredit() {
        assertEquals(100, scorer.score(multiple, ChoiceAnswer.of("a", "b", "c")).score(), 1e-9);
        assertEquals(ChoiceAnswer.of("a", "b", "c"), scorer.referenceAnswer(multiple));
        assertEquals(40, scorer.score(multiple, ChoiceAnswer.of("a")).score(), 1e-9, "1 of 2.5");
        assertEquals(80, scorer.score(multiple, ChoiceAnswer.of("a", "b")).score(), 1e-9);
        assertEquals(60, scorer.score(multiple, ChoiceAnswer.of("a", "b", "d")).score(), 1e-9, "a wrong option takes points back");
        assertEquals(0, scorer.score(multiple, ChoiceAnswer.of("a", "e")).score(), 1e-9);
        assertEquals(0, scorer.score(multiple, ChoiceAnswer.of("d", "e")).score(), 1e-9, "never below zero");
        assertEquals(List.of("scoring.choice.chosen.right", "scoring.choice.missed", "scoring.choice.missed",
                "scoring.choice.chosen.wrong", "scoring.choice.avoided"), keys(scorer.score(multiple, ChoiceAnswer.of("a", "d"))));
    }

    @Test
    void addingARightOptionNeverLowersTheScore() {
        List<String> ids = List.of("a", "b", "c", "d", "e");
        for (int mask = 0; mask < 32; mask++) {
            java.util.Set<String> chosen = new java.util.HashSet<>();
            for (int i = 0; i < 5; i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(ids.get(i));
                }
            }
            double before = scorer.score(multiple, new ChoiceAnswer(chosen)).score();
            for (String right : List.of("a", "b", "c")) {
                java.util.Set<String> more = new java.util.HashSet<>(chosen);
                more.add(right);
                assertEquals(true, scorer.score(multiple, new ChoiceAnswer(more)).score() >= before, chosen + " + " + right);
            }
        }
    }

    @Test
    void noAnswerScoresZeroAndSaysSo() {
        ScoreResult result = scorer.score(multiple, new ChoiceAnswer(Set.of()));
        assertEquals(0, result.score());
        assertEquals("You chose nothing.", result.render(Locale.ENGLISH).get(0));
    }

    @Test
    void answersThatDoNotFitAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> scorer.score(single, ChoiceAnswer.of("z")));
        assertThrows(IllegalArgumentException.class, () -> scorer.score(single, ChoiceAnswer.of("a", "b")));
    }
}
