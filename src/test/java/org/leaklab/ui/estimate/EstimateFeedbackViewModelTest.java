package org.leaklab.ui.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.scorefeedback.FeedbackLine;

/** Feedback on a guess shows the model's score, the guess and range on the log axis, and the sources. */
class EstimateFeedbackViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private final Localization localization = new Localization(Locale.ENGLISH);
    private final List<String> opened = new ArrayList<>();
    private final StatusMessages status = new StatusMessages();

    private EstimateFeedbackViewModel feedback(String scenarioId, double guess) {
        EstimateScenario scenario = (EstimateScenario) AMAZON.scenario(scenarioId).orElseThrow();
        PlayThrough play = new PlayThrough(AMAZON);
        EstimateAnswer answer = new EstimateAnswer(guess);
        ScoreResult result = play.submit(scenarioId, answer);
        return new EstimateFeedbackViewModel(scenario, answer, result, localization,
                new SourceLinks(AMAZON.sources(), localization, status, opened::add));
    }

    private static int modelScore(String scenarioId, double guess) {
        PlayThrough play = new PlayThrough(AMAZON);
        return play.scorer().score(AMAZON.scenario(scenarioId).orElseThrow(), new EstimateAnswer(guess)).rounded();
    }

    @Test
    void showsTheModelsScore() {
        for (double guess : new double[] {1, 8, 50, 300, 1500, 9000}) {
            EstimateFeedbackViewModel vm = feedback("estimate-review-deletion", guess);
            assertEquals(modelScore("estimate-review-deletion", guess), vm.score().score(), "guess " + guess);
            assertEquals(Integer.toString(modelScore("estimate-review-deletion", guess)), vm.score().scoreText());
        }
        assertEquals(100, feedback("estimate-sales-stats", 500).score().score());
        assertEquals("Full marks!", feedback("estimate-sales-stats", 500).score().verdict());
        assertEquals(50, feedback("estimate-review-deletion", 30).score().score(), "ten times off is half marks");
    }

    @Test
    void placesGuessAndRangeOnTheSameLogAxis() {
        EstimateFeedbackViewModel vm = feedback("estimate-sales-stats", 1200);
        assertEquals(Math.log10(1200) / 4, vm.guessFraction(), 1e-12);
        assertEquals(Math.log10(80) / 4, vm.rangeStartFraction(), 1e-12);
        assertEquals(Math.log10(2000) / 4, vm.rangeEndFraction(), 1e-12);
        assertTrue(vm.guessInRange());
        assertEquals(List.of("$1", "$10", "$100", "$1,000", "$10,000"),
                vm.ticks().stream().map(EstimateFeedbackViewModel.Tick::label).toList());
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0),
                vm.ticks().stream().map(EstimateFeedbackViewModel.Tick::fraction).toList());
        assertEquals("Your guess: $1,200", vm.guessLabel());
        assertEquals("Reported: $80 to $2,000", vm.referenceLabel());

        EstimateFeedbackViewModel single = feedback("estimate-review-deletion", 50);
        assertEquals("Reported: $300", single.referenceLabel());
        assertEquals(single.rangeStartFraction(), single.rangeEndFraction());
        assertFalse(single.guessInRange());
    }

    @Test
    void explainsTheFigureOnceAndNamesTheSourcesWithLinks() {
        EstimateFeedbackViewModel vm = feedback("estimate-review-deletion", 300);
        List<FeedbackLine> lines = vm.explanations();
        assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("Spot on") && l.tone() == Explanation.Tone.CORRECT));
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("The reported figure: 300 USD")
                && l.text().contains("HotHardware")), lines.toString());
        assertTrue(vm.figureExplanation().contains("per review"), "what the figure refers to is explained");
        assertFalse(vm.figureExplanation().contains("1,500"), "the next estimate's answer is not given away");
        assertTrue(lines.stream().noneMatch(l -> l.text().equals(vm.figureExplanation())), "not shown twice");

        assertEquals(List.of("hothardware", "erecht24").size(), vm.sources().size());
        SourceLink first = vm.sources().get(0);
        assertTrue(first.name().startsWith("HotHardware"));
        assertEquals("https://hothardware.com/news/amazon-workers-accused-taking-bribes-deleting-customer-reviews",
                first.url().orElseThrow());
        vm.open(first);
        assertEquals(List.of(first.url().orElseThrow()), opened);
        assertFalse(status.warningProperty().get());
        assertEquals("https://e-recht24.de", vm.sources().get(1).url().orElseThrow());
    }

    @Test
    void aBrowserThatCannotStartIsReportedNotThrown() {
        EstimateScenario scenario = (EstimateScenario) AMAZON.scenario("estimate-review-deletion").orElseThrow();
        EstimateAnswer answer = new EstimateAnswer(300);
        ScoreResult result = new PlayThrough(AMAZON).submit(scenario.id(), answer);
        EstimateFeedbackViewModel vm = new EstimateFeedbackViewModel(scenario, answer, result, localization,
                new SourceLinks(AMAZON.sources(), localization, status, url -> {
                    throw new IllegalStateException("no browser");
                }));
        vm.open(vm.sources().get(0));
        assertTrue(status.warningProperty().get());
        assertTrue(status.messageProperty().get().contains("hothardware.com"), status.messageProperty().get());
    }

    @Test
    void speaksGerman() {
        localization.setLocale(Locale.GERMAN);
        EstimateFeedbackViewModel vm = feedback("estimate-sales-stats", 1200);
        assertEquals("Deine Schätzung: 1.200 $", vm.guessLabel());
        assertEquals("Berichtet: 80 $ bis 2.000 $", vm.referenceLabel());
        assertTrue(vm.figureExplanation().startsWith("Der deutsche Artikel"));
        assertTrue(vm.explanations().get(0).text().contains("Volle Punktzahl"), vm.explanations().get(0).text());
    }
}
