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
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.classnet.RoomServers;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.RevealLine;
import org.leaklab.ui.estimate.EstimateDraft;

class PresenterViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private int leaves;
    private final Appearance appearance = new Appearance(Theme.LIGHT, PresenterDefaults.SCALE);
    /** Presenter mode before the teacher set up teams. */
    private final PresenterViewModel presenter = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
            new Localization(Locale.ENGLISH), appearance, () -> leaves++, noTeams(new java.util.ArrayList<>()), network());

    /** A class network that stays closed unless a test opens it. */
    private static ClassNetworkViewModel network() {
        return new ClassNetworkViewModel(new RoomServers(new ScenarioScorer(AMAZON), List::of),
                new BackgroundWork(Runnable::run, Runnable::run), new Localization(Locale.ENGLISH));
    }

    @Test
    void walksThroughTheScenariosAndStopsAtBothEnds() {
        assertEquals(0, presenter.indexProperty().get());
        assertTrue(presenter.scenario().isEmpty(), "the title slide comes first");
        assertEquals(AMAZON.title().in(Locale.ENGLISH), presenter.texts().title());
        presenter.previous();
        assertEquals(0, presenter.indexProperty().get());
        presenter.next();
        assertEquals(AMAZON.scenarios().get(0), presenter.scenario().orElseThrow());
        assertEquals("Scenario 1 of " + AMAZON.scenarios().size(), presenter.texts().progressText());
        for (int i = 1; i < AMAZON.scenarios().size(); i++) {
            presenter.next();
        }
        assertEquals(AMAZON.scenarios().get(AMAZON.scenarios().size() - 1), presenter.scenario().orElseThrow());
        presenter.next();
        assertTrue(presenter.isEnd(), "after the last scenario: the end screen");
        assertTrue(presenter.scenario().isEmpty());
        assertEquals("End of the case", presenter.texts().progressText());
        assertEquals("What this case teaches", presenter.texts().title(), "without teams the end screen is the lessons");
        assertEquals(AMAZON.lessons().size(), presenter.texts().lessons().size());
        for (int i = 0; i < 100; i++) {
            presenter.next();
        }
        assertEquals(AMAZON.scenarios().size() + 1, presenter.indexProperty().get(), "and stops there");
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
        List<String> lines = presenter.texts().answerRows().stream().map(RevealLine::text).toList();
        assertEquals(reference.size(), lines.size());
        String first = AMAZON.item(reference.get(0)).orElseThrow().name().in(Locale.ENGLISH);
        assertTrue(lines.get(0).startsWith("1. " + first + " ("), lines.get(0));
        assertTrue(lines.get(0).matches(".* \\(\\d\\.\\d of 5\\)"),
                "a value reads on its scale, with one decimal as in the feedback: " + lines.get(0));
        assertEquals(ranking.itemIds().size(), presenter.texts().choices().size(), "the items are shown in the scenario's order");
        assertTrue(presenter.texts().whyLines().get(0).contains(first));
    }

    @Test
    void aRankingsTaskNamesTheOrderOfItsPerspective() {
        goTo(s -> s.id().equals("rank-seller"), "no rank-seller");
        assertEquals("Put these in order, most valuable to the seller first:", presenter.texts().taskText());
        goTo(s -> s.id().equals("rank-customer"), "no rank-customer");
        assertEquals("Put these in order, most harmful first:", presenter.texts().taskText(),
                "a harm ranking never asks for the most valuable first");
    }

    @Test
    void everyKindHasAQuestionAndAnAnswer() {
        for (Class<? extends Scenario> kind : List.of(RankingScenario.class, EstimateScenario.class,
                ChoiceScenario.class, DecisionScenario.class)) {
            goTo(kind);
            assertFalse(presenter.texts().prompt().isBlank(), kind.getSimpleName());
            assertFalse(presenter.texts().taskText().isBlank(), kind.getSimpleName());
            assertFalse(presenter.texts().choices().isEmpty(), kind.getSimpleName());
            assertFalse(presenter.texts().answerRows().isEmpty(), kind.getSimpleName());
        }
        EstimateScenario estimate = (EstimateScenario) goTo(EstimateScenario.class);
        assertEquals(List.of("$80 to $2,000"), presenter.texts().answerRows().stream().map(RevealLine::text)
                .toList(), estimate.id());
        assertFalse(presenter.texts().whyLines().isEmpty());
        goTo(ChoiceScenario.class);
        assertTrue(presenter.texts().choices().get(0).startsWith("A  "));
    }

    @Test
    void aChoicesRevealMarksEveryOptionAndSetsItsExplanationBesideItsLetter() {
        ChoiceScenario choice = (ChoiceScenario) goTo(s -> s instanceof ChoiceScenario c
                && c.options().stream().anyMatch(o -> o.credit() > 0 && o.credit() < 1),
                "no choice with a partly right option in the pack");
        List<RevealLine> rows = presenter.texts().answerRows();
        assertEquals(choice.options().size(), rows.size(), "every option, not only the right ones");
        for (int i = 0; i < rows.size(); i++) {
            org.leaklab.model.ChoiceOption option = choice.options().get(i);
            RevealLine row = rows.get(i);
            assertEquals(String.valueOf((char) ('A' + i)), row.label());
            assertEquals(option.text().in(Locale.ENGLISH), row.text());
            assertEquals(option.feedback().in(Locale.ENGLISH), row.detail(), "the explanation beside its letter");
            assertEquals(option.credit() >= 1 ? RevealLine.Verdict.RIGHT : option.credit() > 0
                    ? RevealLine.Verdict.PARTLY : RevealLine.Verdict.WRONG, row.verdict());
        }
        assertTrue(rows.stream().anyMatch(r -> r.verdict() == RevealLine.Verdict.PARTLY),
                "a choice with partly right options: " + choice.id());
        assertTrue(presenter.texts().whyLines().isEmpty(), "no second list of explanations apart from their options");
    }

    @Test
    void aStorysRevealWalksTheBestPathAndNamesOnlyTheEndingItReachesThenItsLesson() {
        DecisionScenario story = (DecisionScenario) goTo(DecisionScenario.class);
        List<String> best = ((org.leaklab.model.DecisionAnswer) new ScenarioScorer(AMAZON).referenceAnswer(story))
                .optionIds();
        org.leaklab.ui.decision.StoryPath path = org.leaklab.ui.decision.StoryPath.walk(story, best);
        List<RevealLine> rows = presenter.texts().answerRows();
        assertEquals(path.steps().size(), rows.size(), "one line per step of the path");
        assertEquals("1", rows.get(0).label());
        assertEquals(path.steps().get(0).option().text().in(Locale.ENGLISH), rows.get(0).text());
        assertEquals(path.steps().get(0).option().consequence().in(Locale.ENGLISH), rows.get(0).detail());
        org.leaklab.model.EndState reached = path.ending().orElseThrow();
        String revealed = String.join("\n", presenter.texts().whyLines()) + rows;
        assertTrue(presenter.texts().whyLines().get(0).contains(reached.title().in(Locale.ENGLISH)), presenter.texts().whyLines().toString());
        for (org.leaklab.model.EndState other : story.endStates()) {
            if (!other.equals(reached)) {
                assertFalse(revealed.contains(other.title().in(Locale.ENGLISH)), "an ending not reached: " + other.id());
            }
        }
        Reveal.LessonText lesson = presenter.texts().lesson().orElseThrow();
        assertEquals(AMAZON.lesson(reached.lessonId()).orElseThrow().title().in(Locale.ENGLISH), lesson.title(),
                "the reveal ends with the lesson of the ending reached");
    }

    @Test
    void everyOtherScenariosRevealEndsWithTheLessonThePackTiesToIt() {
        int withLesson = 0;
        for (Scenario scenario : AMAZON.scenarios()) {
            if (scenario instanceof DecisionScenario) {
                continue;
            }
            goTo(s -> s.equals(scenario), scenario.id());
            var tied = AMAZON.lessonAfter(scenario.id());
            assertEquals(tied.map(l -> l.title().in(Locale.ENGLISH)), presenter.texts().lesson().map(Reveal.LessonText::title),
                    "the reveal of " + scenario.id() + " ends with its lesson");
            withLesson += tied.isPresent() ? 1 : 0;
        }
        assertTrue(withLesson >= 3, "the shipped case ties lessons to a ranking, a choice and an estimate: " + withLesson);
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
        presenter.next();
        assertEquals(0, presenter.countdown().lengthProperty().get());
        presenter.countdown().tick();
        assertEquals(0, presenter.countdown().secondsLeftProperty().get());
        presenter.countdown().cycle();
        assertEquals(60, presenter.countdown().secondsLeftProperty().get());
        assertEquals("1:00", presenter.texts().timerText());
        presenter.countdown().tick();
        presenter.countdown().tick();
        assertEquals("0:58", presenter.texts().timerText());
        presenter.next();
        assertEquals(60, presenter.countdown().secondsLeftProperty().get(), "each scenario gets the full time");
        for (int i = 0; i < 70; i++) {
            presenter.countdown().tick();
        }
        assertEquals(0, presenter.countdown().secondsLeftProperty().get());
        assertEquals("Time is up", presenter.texts().timerText());
        for (int i = 1; i < Countdown.STEPS.size(); i++) {
            presenter.countdown().cycle();
        }
        assertEquals(0, presenter.countdown().lengthProperty().get(), "and back to off");
    }

    @Test
    void theTimerStopsOnceTheAnswerIsRevealed() {
        presenter.next();
        presenter.countdown().cycle();
        presenter.countdown().tick();
        assertEquals(59, presenter.countdown().secondsLeftProperty().get());
        assertFalse(presenter.countdown().isStopped());
        presenter.toggleReveal();
        presenter.countdown().tick();
        presenter.countdown().tick();
        assertEquals(59, presenter.countdown().secondsLeftProperty().get(), "revealed: the countdown stands still");
        assertTrue(presenter.countdown().isStopped());
        presenter.toggleReveal();
        presenter.countdown().tick();
        assertEquals(58, presenter.countdown().secondsLeftProperty().get(), "hidden again: it runs on");
    }

    @Test
    void theTitleSlideSaysWhichKeyBegins() {
        assertEquals("Press \u2192 or Space to begin.", presenter.startText());
        assertEquals(PresenterKeys.Action.NEXT, presenter.keyboard().actionFor(PresenterKeys.Key.of(javafx.scene.input.KeyCode.RIGHT)));
        assertEquals(PresenterKeys.Action.NEXT, presenter.keyboard().actionFor(PresenterKeys.Key.of(javafx.scene.input.KeyCode.SPACE)));
    }

    @Test
    void theTimerPausesDuringTheBlackScreen() {
        presenter.next();
        presenter.countdown().cycle();
        presenter.toggleBlackout();
        presenter.countdown().tick();
        assertEquals(60, presenter.countdown().secondsLeftProperty().get());
        presenter.toggleBlackout();
        presenter.countdown().tick();
        assertEquals(59, presenter.countdown().secondsLeftProperty().get());
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

    @Test
    void theFootersHintsSayWhatTheKeysDoOnEachSlide() {
        assertTrue(presenter.hintText().startsWith("\u2192 / Space: begin"), presenter.hintText());
        assertTrue(presenter.hintText().contains("Esc: leave presenter mode"), presenter.hintText());
        presenter.next();
        assertTrue(presenter.hintText().startsWith("R: reveal the answer"), presenter.hintText());
        presenter.toggleReveal();
        assertTrue(presenter.hintText().contains("R: hide the answer"), presenter.hintText());
        goTo(DecisionScenario.class);
        for (int i = 0; i < 100 && presenter.indexProperty().get() < AMAZON.scenarios().size(); i++) {
            presenter.next();
        }
        assertTrue(presenter.hintText().contains("\u2192 / Space: to the results"), presenter.hintText());
        presenter.toggleHelp();
        assertEquals("F1 / ? / Esc: close the keys", presenter.hintText());
    }

    private Scenario goTo(Class<? extends Scenario> kind) {
        return goTo(kind::isInstance, "no " + kind.getSimpleName());
    }

    private Scenario goTo(java.util.function.Predicate<Scenario> wanted, String missing) {
        for (int i = 0; i < 100; i++) {
            presenter.previous();
        }
        for (Scenario scenario : AMAZON.scenarios()) {
            presenter.next();
            if (wanted.test(scenario)) {
                return scenario;
            }
        }
        throw new AssertionError(missing);
    }

    @Test
    void withTeamsNOpensTheFormEscapeClosesItFirstAndARevealSaves() {
        java.util.List<Runnable> saves = new java.util.ArrayList<>();
        TeamGame game = noTeams(saves);
        PresenterViewModel withTeams = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        assertFalse(presenter.hasClass(), "no teams before the teacher sets them up");
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
        assertTrue(withTeams.texts().keyHelp().stream().anyMatch(k -> k[0].equals("N")), "N is in the help");
        assertTrue(withTeams.texts().keyHelp().stream().anyMatch(k -> k[0].equals("Ctrl + Z")), "undo is in the help");
    }

    private static TeamGame noTeams(List<Runnable> saves) {
        return new TeamGame(AMAZON, new ScenarioScorer(AMAZON), new Localization(Locale.ENGLISH),
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, saves::add, Runnable::run),
                "s", java.time.Instant.now());
    }

    private TeamGame twoTeams(List<Runnable> saves) {
        TeamGame game = noTeams(saves);
        game.openSetup();
        assertTrue(game.applySetup());
        return game;
    }

    private static PresenterKeys.Key key(javafx.scene.input.KeyCode code) {
        return PresenterKeys.Key.of(code);
    }

    /** Presses {@code code} as the view would: its action in the current state, done. */
    private static void press(PresenterViewModel model, javafx.scene.input.KeyCode code) {
        model.keyboard().perform(model.keyboard().actionFor(key(code)));
    }

    @Test
    void theIssuesStepsEnteringEndsByItselfAndEscapeThenLeavesWithTheClassKept() {
        TeamGame game = twoTeams(new java.util.ArrayList<>());
        PresenterViewModel model = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        for (int i = 0; i < 4; i++) {
            press(model, javafx.scene.input.KeyCode.RIGHT);
        }
        Scenario fourth = model.scenario().orElseThrow();
        press(model, javafx.scene.input.KeyCode.TAB);
        assertTrue(model.enteringProperty().get());
        assertEquals(0, model.enteringTeamProperty().get());
        assertTrue(model.hintText().contains("Esc: stop entering"), model.hintText());
        // The fourth scenario is a ranking: its entry is an answer as it stands (a full order).
        press(model, javafx.scene.input.KeyCode.ENTER);
        assertEquals(1, model.enteringTeamProperty().get(), "on to the next team");
        press(model, javafx.scene.input.KeyCode.ENTER);
        assertFalse(model.enteringProperty().get(), "every team answered: the entry ends by itself");
        assertTrue(model.hintText().contains("R: reveal the answer"), model.hintText());
        assertTrue(model.hintText().contains("Esc: leave (the class is kept: F5 returns to it)"), model.hintText());
        press(model, javafx.scene.input.KeyCode.ESCAPE);
        assertEquals(1, leaves, "Escape leaves, as the hint said");
        model.resume();
        assertEquals(fourth, model.scenario().orElseThrow(), "back where it was");
        assertEquals(2, game.answeredCount(fourth));
        press(model, javafx.scene.input.KeyCode.R);
        assertEquals(2, game.leaderboard(fourth).size());
    }

    @Test
    void theKeyThatOpensTheFormDoesNotTypeItsLetterAndAQuestionMarkOpensTheHelp() {
        TeamGame game = twoTeams(new java.util.ArrayList<>());
        PresenterViewModel model = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        assertEquals(PresenterKeys.Action.TEAMS, model.keyboard().press(key(javafx.scene.input.KeyCode.N)));
        assertTrue(model.isSetupOpen());
        assertTrue(model.keyboard().type("n"), "the n of N is swallowed, not typed into the first name");
        assertFalse(model.keyboard().type("n"), "the next one is the field's");
        assertEquals(PresenterKeys.Action.CLOSE_TEAMS, model.keyboard().press(key(javafx.scene.input.KeyCode.ESCAPE)));
        assertFalse(model.keyboard().type("x"), "a letter is not the presenter's");
        assertTrue(model.keyboard().type("?"));
        assertTrue(model.helpShownProperty().get());
        assertEquals(PresenterKeys.Action.TO_CONTROL, model.keyboard().press(key(javafx.scene.input.KeyCode.A)));
    }

    @Test
    void clicksIntoTeamPanelsEnterTheirAnswerAndTheSlideSaysWhichTeamPartItShows() {
        TeamGame game = twoTeams(new java.util.ArrayList<>());
        PresenterViewModel model = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        assertEquals(TeamPart.TITLE, model.teamPart());
        presenter.next();
        assertEquals(TeamPart.NONE, presenter.teamPart(), "no teams, no entry on a question");
        model.click(1);
        assertFalse(model.enteringProperty().get(), "nothing to enter on the title slide");
        goTo(model, EstimateScenario.class);
        assertEquals(TeamPart.ENTRY, model.teamPart());
        model.click(1);
        assertEquals(1, model.enteringTeamProperty().get());
        model.click(1);
        assertEquals(1, model.enteringTeamProperty().get(), "a click into the team entered keeps it");
        model.click(-1);
        assertFalse(model.enteringProperty().get(), "a click elsewhere ends the entry");
        model.toggleReveal();
        assertEquals(TeamPart.NONE, model.teamPart(), "revealed with no answer: no leaderboard");
        model.toggleReveal();
        game.entries(model.scenario().orElseThrow()).get(0).draft(EstimateDraft.class).priceProperty().set("100");
        model.record(0);
        model.toggleReveal();
        assertEquals(TeamPart.RESULTS, model.teamPart());
        while (!model.isEnd()) {
            model.next();
        }
        assertEquals(TeamPart.NEW_CLASS, model.teamPart());
        assertTrue(model.hasPodium());
        game.openSetup();
        model.click(-1);
        assertTrue(model.isSetupOpen(), "clicks behind the open form change nothing");
    }

    @Test
    void aPriceThatIsNotAnAnswerKeepsTheEntryOnItsTeam() {
        TeamGame game = twoTeams(new java.util.ArrayList<>());
        PresenterViewModel model = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        goTo(model, EstimateScenario.class);
        press(model, javafx.scene.input.KeyCode.ENTER);
        press(model, javafx.scene.input.KeyCode.ENTER);
        assertTrue(model.enteringProperty().get());
        assertEquals(0, model.enteringTeamProperty().get());
        assertEquals("Type the team\u2019s price in dollars.",
                game.entries(model.scenario().orElseThrow()).get(0).problemProperty().get());
        press(model, javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(model.enteringProperty().get());
        assertEquals(0, leaves, "the first Escape only ended the entry");
    }

    @Test
    void theEndScreenWithTeamsShowsResultsAndANewClassStartsAfreshOnceSaved() {
        List<Runnable> saves = new java.util.ArrayList<>();
        TeamGame game = twoTeams(saves);
        PresenterViewModel model = new PresenterViewModel(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        Scenario estimate = goTo(model, EstimateScenario.class);
        game.entries(estimate).get(0).draft(EstimateDraft.class).priceProperty().set("300");
        assertTrue(game.confirm(game.entries(estimate).get(0)));
        model.toggleReveal();
        for (int i = 0; i < 100; i++) {
            model.next();
        }
        assertTrue(model.isEnd());
        assertEquals("Results", model.texts().title());
        assertEquals(1, game.podium().get(0).rank());
        model.newClass();
        assertTrue(game.hasTeams(), "not before the class is saved");
        saves.forEach(Runnable::run);
        assertFalse(game.hasTeams());
        assertEquals(0, model.indexProperty().get(), "the new class starts on the title slide");
        model.next();
        assertFalse(model.revealedProperty().get());
    }

    @Test
    void aClassContinuedFromTheHistoryOpensOnItsLastScenarioPlayed() {
        RankingScenario ranking = (RankingScenario) AMAZON.scenarios().stream()
                .filter(RankingScenario.class::isInstance).findFirst().orElseThrow();
        EstimateScenario estimate = (EstimateScenario) AMAZON.scenarios().stream()
                .filter(EstimateScenario.class::isInstance).findFirst().orElseThrow();
        org.leaklab.session.ClassSession saved = new org.leaklab.session.ClassSession("earlier",
                java.time.Instant.parse("2024-03-05T09:15:00Z"), AMAZON.id(), List.of("Foxes", "Owls"), List.of(
                new org.leaklab.session.ClassSession.Round(ranking.id(), List.of(
                        new org.leaklab.session.ClassSession.TeamAnswer("Owls", new RankingAnswer(ranking.itemIds()), 61))),
                new org.leaklab.session.ClassSession.Round(estimate.id(), List.of(
                        new org.leaklab.session.ClassSession.TeamAnswer("Foxes",
                                new org.leaklab.model.EstimateAnswer(300), 100)))));
        TeamGame game = TeamGame.continuing(AMAZON, new ScenarioScorer(AMAZON), new Localization(Locale.ENGLISH),
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, a -> { }, Runnable::run), saved);
        PresenterViewModel model = PresenterViewModel.continuing(AMAZON, new ScenarioScorer(AMAZON),
                new Localization(Locale.ENGLISH), appearance, () -> leaves++, game, network());
        assertEquals(estimate, model.scenario().orElseThrow());
        assertFalse(model.revealedProperty().get(), "the last round's answer is hidden again: R shows it");
        model.previous();
        while (model.scenario().map(s -> !s.equals(ranking)).orElse(false)) {
            model.previous();
        }
        assertTrue(model.revealedProperty().get(), "rounds before it count as revealed");
    }

    private Scenario goTo(PresenterViewModel model, Class<? extends Scenario> kind) {
        for (Scenario scenario : AMAZON.scenarios()) {
            model.next();
            if (kind.isInstance(scenario)) {
                return scenario;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }
}
