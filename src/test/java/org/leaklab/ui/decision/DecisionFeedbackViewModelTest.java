package org.leaklab.ui.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scorefeedback.FeedbackLine;

/** Feedback on a story: the ending and its score, the lesson, the path, and a better ending elsewhere. */
class DecisionFeedbackViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private final Localization localization = new Localization(Locale.ENGLISH);

    private DecisionFeedbackViewModel feedback(String scenarioId, List<String> path) {
        PlayThrough play = new PlayThrough(AMAZON);
        DecisionAnswer answer = new DecisionAnswer(path);
        ScoreResult result = play.submit(scenarioId, answer);
        return new DecisionFeedbackViewModel(AMAZON, (DecisionScenario) AMAZON.scenario(scenarioId).orElseThrow(), answer,
                result, localization, new org.leaklab.ui.common.SourceLinks(AMAZON.sources(), localization,
                new org.leaklab.ui.common.StatusMessages(), url -> { }));
    }

    @Test
    void showsTheEndingTheModelsScoreAndTheLesson() {
        List<String> path = List.of("accept", "stop");
        DecisionFeedbackViewModel vm = feedback("decision-employee", path);
        int model = new PlayThrough(AMAZON).scorer()
                .score(AMAZON.scenario("decision-employee").orElseThrow(), new DecisionAnswer(path)).rounded();
        assertEquals(model, vm.score().score());
        assertEquals(30, model);
        assertEquals("The end: Stopped too late", vm.endingTitle());
        assertTrue(vm.findings().stream().anyMatch(l -> l.text().contains("You kept the worst")),
                "what happened in the end is explained once, under the score");
        assertEquals(AMAZON.lesson("insider-risk").orElseThrow().title().in(Locale.ENGLISH), vm.lessonTitle());
        assertTrue(vm.lessonText().startsWith("Firewalls keep strangers out"));
        assertEquals(2, vm.pathTaken().size());
        assertEquals("Accept and send the first export", vm.pathTaken().get(0).choice());
        assertEquals("Step 2", vm.stepLabel(1));
        List<FeedbackLine> findings = vm.findings();
        assertTrue(findings.stream().anyMatch(l -> l.text().contains("worth 100 points")), "a better ending exists");
        assertTrue(findings.stream().noneMatch(l -> l.text().startsWith("Lesson:")), "the lesson has its own card");
        assertTrue(findings.stream().anyMatch(l -> l.tone() == Explanation.Tone.PARTLY));
    }

    @Test
    void theBestEndingHasFullMarks() {
        DecisionFeedbackViewModel vm = feedback("decision-reviewer", List.of("ignore-mail", "report-all"));
        assertEquals(100, vm.score().score());
        assertEquals("The end: Reported with evidence", vm.endingTitle());
        assertEquals(2, vm.pathTaken().size());
    }

    @Test
    void aStoryStoppedEarlyScoresZeroAndSaysSo() {
        DecisionFeedbackViewModel vm = feedback("decision-employee", List.of("ignore"));
        assertEquals(0, vm.score().score());
        assertEquals("The story stopped before an ending.", vm.endingTitle());
        assertTrue(vm.lesson().isEmpty());
        assertEquals("", vm.lessonTitle());
    }
}
