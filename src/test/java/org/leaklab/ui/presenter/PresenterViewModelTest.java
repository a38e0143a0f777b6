package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.settings.Theme;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.Localization;

class PresenterViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private int leaves;
    private final Appearance appearance = new Appearance(Theme.LIGHT, PresenterDefaults.SCALE);
    private final PresenterViewModel presenter = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
            new Localization(Locale.ENGLISH), appearance, () -> leaves++);

    @Test
    void walksThroughTheScenariosAndStopsAtBothEnds() {
        assertEquals(0, presenter.indexProperty().get());
        assertTrue(presenter.scenario().isEmpty(), "the title slide comes first");
        assertEquals(AMAZON.title().in(Locale.ENGLISH), presenter.title());
        presenter.previous();
        assertEquals(0, presenter.indexProperty().get());
        presenter.next();
        assertEquals(AMAZON.scenarios().get(0), presenter.scenario().orElseThrow());
        assertEquals("Scenario 1 of " + AMAZON.scenarios().size(), presenter.progressText());
        for (int i = 0; i < 100; i++) {
            presenter.next();
        }
        assertEquals(AMAZON.scenarios().size(), presenter.indexProperty().get());
    }

    @Test
    void answersStayHiddenUntilRevealedAndEachScenarioRemembersIt() {
        presenter.next();
        assertFalse(presenter.revealedProperty().get());
        presenter.toggleReveal();
        assertTrue(presenter.revealedProperty().get());
        presenter.next();
        assertFalse(presenter.revealedProperty().get(), "the next scenario starts hidden");
        presenter.previous();
        assertTrue(presenter.revealedProperty().get(), "going back shows what was revealed");
        presenter.toggleReveal();
        assertFalse(presenter.revealedProperty().get(), "R again hides it");
        presenter.previous();
        presenter.toggleReveal();
        assertFalse(presenter.revealedProperty().get(), "nothing to reveal on the title slide");
    }

    @Test
    void theRankingAnswerIsTheValueModelsOrderWithValues() {
        RankingScenario ranking = (RankingScenario) goTo(RankingScenario.class);
        List<String> reference = ((RankingAnswer) new ScenarioScorer(AMAZON).referenceAnswer(ranking)).itemIds();
        List<String> lines = presenter.answerLines();
        assertEquals(reference.size(), lines.size());
        String first = AMAZON.item(reference.get(0)).orElseThrow().name().in(Locale.ENGLISH);
        assertTrue(lines.get(0).startsWith("1. " + first + " ("), lines.get(0));
        assertEquals(ranking.itemIds().size(), presenter.choices().size(), "the items are shown in the scenario's order");
        assertTrue(presenter.whyLines().get(0).contains(first));
    }

    @Test
    void everyKindHasAQuestionAndAnAnswer() {
        for (Class<? extends Scenario> kind : List.of(RankingScenario.class, EstimateScenario.class,
                ChoiceScenario.class, DecisionScenario.class)) {
            goTo(kind);
            assertFalse(presenter.prompt().isBlank(), kind.getSimpleName());
            assertFalse(presenter.taskText().isBlank(), kind.getSimpleName());
            assertFalse(presenter.choices().isEmpty(), kind.getSimpleName());
            assertFalse(presenter.answerLines().isEmpty(), kind.getSimpleName());
            assertFalse(presenter.whyLines().isEmpty(), kind.getSimpleName());
        }
        EstimateScenario estimate = (EstimateScenario) goTo(EstimateScenario.class);
        assertEquals(List.of("$80 to $2,000"), presenter.answerLines(), estimate.id());
        ChoiceScenario choice = (ChoiceScenario) goTo(ChoiceScenario.class);
        long right = choice.options().stream().filter(o -> o.credit() > 0).count();
        assertEquals(right, presenter.answerLines().size());
        assertTrue(presenter.choices().get(0).startsWith("A  "));
    }

    @Test
    void blackScreenHelpAndEscapeInThatOrder() {
        presenter.toggleBlackout();
        presenter.toggleHelp();
        assertTrue(presenter.blackoutProperty().get());
        assertTrue(presenter.helpShownProperty().get());
        presenter.escape();
        assertFalse(presenter.helpShownProperty().get(), "Escape closes the help first");
        assertTrue(presenter.blackoutProperty().get());
        presenter.escape();
        assertFalse(presenter.blackoutProperty().get(), "then the black screen");
        assertEquals(0, leaves);
        presenter.escape();
        assertEquals(1, leaves, "then presenter mode");
    }

    @Test
    void theTimerIsOffByDefaultCyclesAndRestartsPerScenario() {
        assertEquals(0, presenter.timerLengthProperty().get());
        presenter.tick();
        assertEquals(0, presenter.secondsLeftProperty().get());
        presenter.cycleTimer();
        assertEquals(60, presenter.secondsLeftProperty().get());
        assertEquals("1:00", presenter.timerText());
        presenter.tick();
        presenter.tick();
        assertEquals("0:58", presenter.timerText());
        presenter.next();
        assertEquals(60, presenter.secondsLeftProperty().get(), "each scenario gets the full time");
        for (int i = 0; i < 70; i++) {
            presenter.tick();
        }
        assertEquals(0, presenter.secondsLeftProperty().get());
        assertEquals("Time is up", presenter.timerText());
        for (int i = 1; i < PresenterViewModel.TIMER_STEPS.size(); i++) {
            presenter.cycleTimer();
        }
        assertEquals(0, presenter.timerLengthProperty().get(), "and back to off");
    }

    @Test
    void theTimerPausesDuringTheBlackScreen() {
        presenter.cycleTimer();
        presenter.toggleBlackout();
        presenter.tick();
        assertEquals(60, presenter.secondsLeftProperty().get());
    }

    @Test
    void zoomChangesOnlyThePresentersScale() {
        presenter.zoomIn();
        assertEquals(2.5, appearance.getScale(), 1e-9);
        presenter.zoomOut();
        presenter.zoomOut();
        assertEquals(1.75, appearance.getScale(), 1e-9);
        presenter.resetZoom();
        assertEquals(PresenterDefaults.SCALE, appearance.getScale(), 1e-9);
    }

    private Scenario goTo(Class<? extends Scenario> kind) {
        for (int i = 0; i < 100; i++) {
            presenter.previous();
        }
        for (Scenario scenario : AMAZON.scenarios()) {
            presenter.next();
            if (kind.isInstance(scenario)) {
                return scenario;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }

    @Test
    void withTeamsNOpensTheFormEscapeClosesItFirstAndARevealSaves() {
        java.util.List<Runnable> saves = new java.util.ArrayList<>();
        TeamGame game = new TeamGame(AMAZON, new ScenarioScorer(AMAZON), new Localization(Locale.ENGLISH),
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, saves::add, Runnable::run),
                "s", java.time.Instant.now());
        PresenterViewModel withTeams = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game);
        assertTrue(presenter.teams().isEmpty(), "the plain presenter has no teams");
        presenter.setUpTeams();
        withTeams.toggleHelp();
        withTeams.setUpTeams();
        assertTrue(game.setupShownProperty().get());
        assertFalse(withTeams.helpShownProperty().get(), "the form replaces the help");
        withTeams.escape();
        assertFalse(game.setupShownProperty().get());
        assertEquals(0, leaves, "Escape closed only the form");

        withTeams.setUpTeams();
        assertTrue(game.applySetup());
        withTeams.next();
        // A ranking's entry is an answer as it stands (a full order); go to the first one.
        while (!(withTeams.scenario().orElseThrow() instanceof org.leaklab.model.RankingScenario)) {
            withTeams.next();
        }
        Scenario first = withTeams.scenario().orElseThrow();
        TeamEntry entry = game.entries(first).get(0);
        assertTrue(game.confirm(entry));
        assertTrue(saves.isEmpty(), "entering does not save yet");
        withTeams.toggleReveal();
        assertEquals(1, saves.size(), "the reveal saves the session in the background");
        withTeams.toggleReveal();
        withTeams.toggleReveal();
        assertEquals(1, saves.size(), "nothing new to save");
        assertTrue(withTeams.keyHelp().stream().anyMatch(k -> k[0].equals("N")), "N is in the help");
        assertTrue(withTeams.keyHelp().stream().anyMatch(k -> k[0].equals("Ctrl + Z")), "undo is in the help");
    }
}
