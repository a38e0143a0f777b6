package org.leaklab.ui.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.ScenarioStepViewModel;

/** The play frame's logic with a stand-in step per scenario that answers with the reference answer. */
class PlayViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    /** A step whose answer is the reference answer once "answered". */
    static final class ReferenceStep implements ScenarioStepViewModel {
        final Scenario scenario;
        final Answer reference;
        final Optional<Answer> saved;
        final SimpleBooleanProperty ready = new SimpleBooleanProperty();

        ReferenceStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
            this.scenario = scenario;
            this.reference = play.scorer().referenceAnswer(scenario);
            this.saved = saved;
            ready.set(saved.isPresent());
        }

        @Override
        public Scenario scenario() {
            return scenario;
        }

        @Override
        public ReadOnlyBooleanProperty readyProperty() {
            return ready;
        }

        @Override
        public Answer currentAnswer() {
            return reference;
        }
    }

    private final List<ReferenceStep> created = new ArrayList<>();
    private final PlayViewModel vm = new PlayViewModel(new PlayThrough(AMAZON), (play, scenario, saved) -> {
        ReferenceStep step = new ReferenceStep(play, scenario, saved);
        created.add(step);
        return step;
    }, new Localization(Locale.ENGLISH));

    @Test
    void startsWithTheBriefing() {
        assertEquals(PlayViewModel.Kind.BRIEFING, vm.getStep().kind());
        assertFalse(vm.canGoBack());
        assertEquals("Briefing", vm.progressText());
        assertEquals(0.0, vm.progress());
        assertEquals(AMAZON.scenarios().size() + 2, vm.stepCount());
        assertEquals("Amazon 2018: suspected data sales", vm.caseTitle());
    }

    @Test
    void checkingScoresWithTheModelAndShowsFeedback() {
        vm.next();
        assertEquals(PlayViewModel.Kind.QUESTION, vm.getStep().kind());
        assertEquals("Scenario 1 of " + AMAZON.scenarios().size(), vm.progressText());
        assertFalse(vm.canCheckProperty().get(), "nothing answered yet");
        assertThrows(IllegalStateException.class, vm::check);
        created.get(0).ready.set(true);
        assertTrue(vm.canCheckProperty().get());
        var result = vm.check();
        assertEquals(100, result.rounded());
        assertEquals(PlayViewModel.Kind.FEEDBACK, vm.getStep().kind());
        assertEquals(result, vm.getPlay().result(AMAZON.scenarios().get(0).id()).orElseThrow());
        assertFalse(vm.canCheckProperty().get());
    }

    @Test
    void backAndNextKeepTheStepAndItsDraft() {
        vm.next();
        ScenarioStepViewModel first = vm.currentQuestion();
        created.get(0).ready.set(true);
        vm.next();
        assertEquals(2, vm.getStep().index());
        vm.back();
        assertSame(first, vm.currentQuestion(), "the same step view model, so nothing is lost");
        String id = AMAZON.scenarios().get(0).id();
        assertTrue(vm.getPlay().answerOrDraft(id).isPresent(), "the draft is kept in the play-through");
        assertTrue(vm.canCheckProperty().get());
    }

    @Test
    void anUntouchedQuestionLeavesNoDraft() {
        vm.next();
        vm.next();
        assertTrue(vm.getPlay().answerOrDraft(AMAZON.scenarios().get(0).id()).isEmpty());
    }

    @Test
    void playingEverythingEndsInTheSummaryWithFullMarks() {
        vm.next();
        for (int i = 0; i < AMAZON.scenarios().size(); i++) {
            vm.currentQuestion();
            created.get(i).ready.set(true);
            vm.check();
            assertEquals(i == AMAZON.scenarios().size() - 1 ? "See results →" : "Next →", vm.nextText());
            vm.next();
        }
        assertEquals(PlayViewModel.Kind.SUMMARY, vm.getStep().kind());
        assertEquals(1.0, vm.progress());
        assertEquals(100, vm.getPlay().totalScore());
        vm.next();
        assertEquals(PlayViewModel.Kind.SUMMARY, vm.getStep().kind(), "nothing after the summary");
    }

    @Test
    void restartForgetsEverything() {
        vm.next();
        created.get(0).ready.set(true);
        vm.check();
        vm.restart();
        assertEquals(PlayViewModel.Kind.BRIEFING, vm.getStep().kind());
        assertEquals(0, vm.getPlay().checkedCount());
        vm.next();
        assertEquals(PlayViewModel.Kind.QUESTION, vm.getStep().kind());
    }

    @Test
    void goToClampsToTheSteps() {
        vm.goTo(99);
        assertEquals(PlayViewModel.Kind.SUMMARY, vm.getStep().kind());
        vm.goTo(-3);
        assertEquals(PlayViewModel.Kind.BRIEFING, vm.getStep().kind());
    }

    @Test
    void backGoesOneStepWithinTheCaseAndSaysWhenThereIsNone() {
        assertFalse(vm.back(), "the briefing has no step before it: leaving the case is the caller's");
        vm.next();
        vm.next();
        assertTrue(vm.back());
        assertEquals(1, vm.getStep().index());
        assertTrue(vm.back());
        assertEquals(PlayViewModel.Kind.BRIEFING, vm.getStep().kind());
    }

    @Test
    void aScenarioOpenedFromTheSummaryLeadsBackToItOnceAnswered() {
        vm.goTo(vm.stepCount() - 1);
        vm.openFromSummary(3);
        assertTrue(vm.fromSummaryProperty().get());
        assertEquals(PlayViewModel.Kind.QUESTION, vm.getStep().kind());
        assertEquals("Skip, back to the results →", vm.nextText());
        created.get(0).ready.set(true);
        vm.check();
        assertEquals(PlayViewModel.Kind.FEEDBACK, vm.getStep().kind());
        assertEquals("Back to the results →", vm.nextText(), "not on to scenario 4");
        vm.next();
        assertEquals(PlayViewModel.Kind.SUMMARY, vm.getStep().kind());
        assertFalse(vm.fromSummaryProperty().get());
        assertEquals(1, vm.firstUnanswered().orElseThrow(), "scenario 3 is answered, 1 is still open");
    }

    @Test
    void skippingAScenarioOpenedFromTheSummaryReturnsThereAndBackEndsTheDetour() {
        vm.goTo(vm.stepCount() - 1);
        vm.openFromSummary(2);
        vm.next();
        assertEquals(PlayViewModel.Kind.SUMMARY, vm.getStep().kind(), "skipped again: back to the results");
        vm.openFromSummary(2);
        vm.back();
        assertFalse(vm.fromSummaryProperty().get(), "walking back and forth is an ordinary walk again");
        vm.next();
        assertEquals(2, vm.getStep().index());
        assertEquals("Skip for now →", vm.nextText());
    }

    @Test
    void aFrameOpensWhereASavedPlayThroughWasLeftAndCountsEveryChange() {
        PlayViewModel resumed = new PlayViewModel(new PlayThrough(AMAZON), ReferenceStep::new,
                new Localization(Locale.ENGLISH), 5);
        assertEquals(5, resumed.getStep().index());
        assertEquals(PlayViewModel.Kind.QUESTION, resumed.getStep().kind());
        int before = resumed.changesProperty().get();
        resumed.next();
        resumed.back();
        assertEquals(before + 2, resumed.changesProperty().get());
        assertEquals(vm.stepCount() - 1, new PlayViewModel(new PlayThrough(AMAZON), ReferenceStep::new,
                new Localization(Locale.ENGLISH), 99).getStep().index(), "clamped to the summary");
    }

    @Test
    void progressTakesTheShownQuestionsDraftWithIt() {
        vm.next();
        vm.currentQuestion();
        created.get(0).ready.set(true);
        var progress = vm.progress(java.time.Instant.EPOCH);
        assertEquals(1, progress.step());
        assertTrue(progress.drafts().containsKey(AMAZON.scenarios().get(0).id()), "the draft on screen is kept");
        assertTrue(progress.answers().isEmpty());
    }
}
