package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.BordaConsensus;
import org.leaklab.scoring.RankingScorer;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.ClassSession;
import org.leaklab.session.Leaderboard;
import org.leaklab.session.ResultsStore;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.StatusMessages;
import org.leaklab.ui.play.PlayServices;
import org.leaklab.ui.testing.ScriptedDialogs;
import org.leaklab.ui.estimate.EstimateDraft;
import org.leaklab.ui.ranking.RankingDraft;
import org.leaklab.ui.choice.ChoiceDraft;
import org.leaklab.ui.decision.DecisionDraft;

class TeamGameTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);

    @TempDir
    Path data;

    private final StatusMessages status = new StatusMessages();
    /** Background work waits here until the test runs it, as a real background thread would. */
    private final List<Runnable> background = new ArrayList<>();
    private final Localization english = new Localization(Locale.ENGLISH);

    private TeamGame game(ResultsStore store) {
        Executor later = background::add;
        return new TeamGame(AMAZON, SCORER, english, store,
                new PlayServices(new ScriptedDialogs(), status, a -> { }, later, Runnable::run), "lesson-1",
                Instant.parse("2024-03-05T09:15:00Z"));
    }

    private TeamGame withTeams(String... names) {
        TeamGame game = game(new ResultsStore(data));
        game.openSetup();
        TeamSetup setup = game.setup().orElseThrow();
        while (setup.getNames().size() < names.length) {
            setup.addTeam();
        }
        for (int i = 0; i < names.length; i++) {
            setup.getNames().get(i).nameProperty().set(names[i]);
        }
        assertTrue(game.applySetup());
        return game;
    }

    private static <T extends Scenario> T first(Class<T> kind) {
        return AMAZON.scenarios().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    private void runBackground() {
        List<Runnable> jobs = new ArrayList<>(background);
        background.clear();
        jobs.forEach(Runnable::run);
    }

    @Test
    void anInvalidFormIsNotTakenAndCancelKeepsTheTeams() {
        TeamGame game = game(new ResultsStore(data));
        assertFalse(game.hasTeams());
        game.openSetup();
        game.setup().orElseThrow().getNames().get(1).nameProperty().set("team 1");
        assertFalse(game.applySetup());
        assertTrue(game.setupShownProperty().get(), "the form stays open with its message");
        game.cancelSetup();
        assertFalse(game.hasTeams());
        assertTrue(game.setup().isEmpty());
    }

    @Test
    void enteringAnEstimateScoresItAndMovesOnToTheNextTeamWithoutAnAnswer() {
        TeamGame game = withTeams("Foxes", "Owls", "Krakens");
        EstimateScenario estimate = first(EstimateScenario.class);
        List<TeamEntry> entries = game.entries(estimate);
        assertEquals(3, entries.size());
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("a lot");
        assertFalse(game.confirm(entries.get(1)));
        assertEquals("\u201ca lot\u201d is not a price; type a number such as 300 or 1,500.",
                entries.get(1).problemProperty().get());
        english.setLocale(Locale.GERMAN);
        assertEquals("\u201ea lot\u201c ist kein Preis; gib eine Zahl wie 300 oder 1.500 ein.",
                entries.get(1).problemProperty().get(), "the message follows the language");
        english.setLocale(Locale.ENGLISH);
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("");
        assertEquals("", entries.get(1).problemProperty().get(), "typing clears the message");
        assertFalse(game.confirm(entries.get(1)));
        assertEquals("Type the team\u2019s price in dollars.", entries.get(1).problemProperty().get());
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("-5");
        assertFalse(game.confirm(entries.get(1)));
        assertEquals("$\u22125 is outside the scale; type a price from $1 to $10,000.", entries.get(1).problemProperty().get());
        // The same range as in play: what the slider cannot show, a team cannot enter either.
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("20,000");
        assertFalse(game.confirm(entries.get(1)));
        assertEquals("$20,000 is outside the scale; type a price from $1 to $10,000.", entries.get(1).problemProperty().get());
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("0.50");
        assertFalse(game.confirm(entries.get(1)));

        entries.get(1).draft(EstimateDraft.class).priceProperty().set("$1.5k");
        assertTrue(game.confirm(entries.get(1)));
        assertTrue(game.hasAnswered(estimate, 1));
        assertEquals(2, game.focusTeamProperty().get(), "on to the Krakens");
        assertEquals("Owls: $1,500 recorded.", game.lastActionText());
        ClassSession.TeamAnswer saved = game.session().orElseThrow().round(estimate.id()).orElseThrow()
                .answerOf("Owls").orElseThrow();
        assertEquals(new EstimateAnswer(1500), saved.answer());
        assertEquals(SCORER.score(estimate, new EstimateAnswer(1500)).score(), saved.score(), 1e-9);

        entries.get(2).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(entries.get(2));
        assertEquals(0, game.focusTeamProperty().get(), "round the list to the Foxes");
        entries.get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(entries.get(0));
        assertEquals(-1, game.focusTeamProperty().get(), "everyone answered");
        assertEquals(3, game.answeredCount(estimate));
    }

    @Test
    void choicesAndDecisionEndingsBecomeAnswers() {
        TeamGame game = withTeams("Foxes", "Owls");
        ChoiceScenario choice = first(ChoiceScenario.class);
        TeamEntry foxes = game.entries(choice).get(0);
        assertFalse(game.confirm(foxes));
        assertEquals("Choose at least one option first.", foxes.problemProperty().get());
        String a = choice.options().get(0).id();
        String b = choice.options().get(1).id();
        foxes.draft(ChoiceDraft.class).toggle(a);
        foxes.draft(ChoiceDraft.class).toggle(b);
        assertEquals(choice.multiple() ? java.util.Set.of(a, b) : java.util.Set.of(b), foxes.draft(ChoiceDraft.class).chosen(),
                "a single-answer question keeps only the last choice");
        assertTrue(game.confirm(foxes));
        assertEquals(choice.multiple() ? "A, B" : "B", game.answerText(choice, 0), "letters, as on the toggles");
        assertEquals(1, game.firstUnanswered(choice), "entry on this scenario goes on with the Owls");
        assertEquals(new ChoiceAnswer(java.util.Set.copyOf(foxes.draft(ChoiceDraft.class).chosen())),
                game.session().orElseThrow().round(choice.id()).orElseThrow().answerOf("Foxes").orElseThrow().answer());

        DecisionScenario decision = first(DecisionScenario.class);
        TeamEntry owls = game.entries(decision).get(1);
        assertFalse(game.confirm(owls));
        assertEquals("Choose the ending this team reached.", owls.problemProperty().get());
        for (EndState ending : decision.endStates()) {
            owls.draft(DecisionDraft.class).endingProperty().set(ending.id());
            assertTrue(game.confirm(owls));
            ClassSession.TeamAnswer answer = game.session().orElseThrow().round(decision.id()).orElseThrow()
                    .answerOf("Owls").orElseThrow();
            assertEquals(ending.score(), answer.score(), 1e-9, "the path found reaches " + ending.id());
            assertEquals(ending.title().in(Locale.ENGLISH), game.answerText(decision, 1));
            assertEquals(ending.id(), org.leaklab.ui.decision.StoryPath.walk(decision,
                    ((DecisionAnswer) answer.answer()).optionIds()).ending().orElseThrow().id());
        }
    }

    @Test
    void undoTakesBackTheLastEntryOfTheScenarioAndBringsBackAnEarlierOne() {
        TeamGame game = withTeams("Foxes", "Owls");
        EstimateScenario estimate = first(EstimateScenario.class);
        List<TeamEntry> entries = game.entries(estimate);
        assertFalse(game.canUndo(estimate));
        game.undo(estimate);
        assertEquals("No answer to take back in this scenario.", game.lastActionText());
        entries.get(0).draft(EstimateDraft.class).priceProperty().set("100");
        game.confirm(entries.get(0));
        entries.get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(entries.get(0)); // corrected
        entries.get(1).draft(EstimateDraft.class).priceProperty().set("50");
        game.confirm(entries.get(1));

        game.undo(estimate);
        assertFalse(game.hasAnswered(estimate, 1), "the Owls' answer is gone");
        assertEquals(1, game.focusTeamProperty().get(), "the focus goes back to the Owls");
        assertEquals("The last answer of Owls is taken back.", game.lastActionText());
        game.undo(estimate);
        assertEquals(new EstimateAnswer(100), game.session().orElseThrow().round(estimate.id()).orElseThrow()
                .answerOf("Foxes").orElseThrow().answer(), "the Foxes' first answer is back");
        assertEquals("100", entries.get(0).draft(EstimateDraft.class).priceProperty().get(), "and shown in their field");
        game.undo(estimate);
        assertTrue(game.session().orElseThrow().rounds().isEmpty(), "a round without answers is no round");
        assertFalse(game.canUndo(estimate));

        // Undo belongs to the scenario on screen: another scenario's entries stay.
        RankingScenario ranking = first(RankingScenario.class);
        game.confirm(game.entries(ranking).get(0));
        assertFalse(game.canUndo(estimate));
        assertTrue(game.canUndo(ranking));
    }

    @Test
    void theLeaderboardSharesRanksOnTiesAndShowsTheRoundsPoints() {
        TeamGame game = withTeams("Foxes", "Owls", "Krakens");
        RankingScenario ranking = first(RankingScenario.class);
        List<String> reference = ((RankingAnswer) SCORER.referenceAnswer(ranking)).itemIds();
        List<TeamEntry> entries = game.entries(ranking);
        for (int team : new int[] {0, 2}) {
            for (int i = 0; i < reference.size(); i++) {
                entries.get(team).draft(RankingDraft.class).order().moveTo(reference.get(i), i);
            }
            game.confirm(entries.get(team));
        }
        List<Leaderboard.Row> rows = game.leaderboard(ranking);
        assertEquals(List.of("Foxes", "Krakens", "Owls"), rows.stream().map(Leaderboard.Row::team).toList());
        assertEquals(List.of(1, 1, 3), rows.stream().map(Leaderboard.Row::rank).toList(), "1, 1, 3");
        assertTrue(rows.get(0).tied() && rows.get(1).tied());
        assertFalse(rows.get(2).tied());
        assertEquals("1=", game.rankText(rows.get(0)));
        assertEquals("3", game.rankText(rows.get(2)));
        assertEquals(Optional.of(100L), rows.get(0).roundPoints());
        assertEquals("+100", game.roundPointsText(rows.get(0)));
        assertEquals(Optional.empty(), rows.get(2).roundPoints());
        assertEquals("no answer", game.roundPointsText(rows.get(2)));
        assertEquals(1.0, rows.get(0).share(), 1e-9);
        assertEquals("Points after 1 scenario (at most 100); +n: this round", game.leaderboardCaption());
    }

    @Test
    void theClassConsensusIsTheBordaCountOfTheTeamRankings() {
        TeamGame game = withTeams("Foxes", "Owls", "Krakens");
        RankingScenario ranking = first(RankingScenario.class);
        assertTrue(game.consensus(ranking).isEmpty(), "no ballots, no consensus");
        assertTrue(game.consensus(first(EstimateScenario.class)).isEmpty(), "only rankings have one");
        List<String> items = ranking.itemIds();
        List<List<String>> ballots = List.of(items, reversed(items), rotated(items));
        List<TeamEntry> entries = game.entries(ranking);
        for (int team = 0; team < 3; team++) {
            List<String> order = ballots.get(team);
            for (int i = 0; i < order.size(); i++) {
                entries.get(team).draft(RankingDraft.class).order().moveTo(order.get(i), i);
            }
            game.confirm(entries.get(team));
        }
        BordaConsensus expected = BordaConsensus.of(ranking, ballots.stream().map(RankingAnswer::new).toList());
        ClassConsensus consensus = game.consensus(ranking).orElseThrow();
        String top = AMAZON.item(expected.order().get(0)).orElseThrow().name().in(Locale.ENGLISH);
        assertEquals("1. " + top + " (" + expected.points().get(expected.order().get(0)) + " points)",
                consensus.consensusLines().get(0));
        assertEquals(items.size(), consensus.consensusLines().size());
        long score = Math.round(expected.score(new RankingScorer(SCORER.valueModel(ranking.perspectiveId())), ranking)
                .score());
        assertEquals(score, consensus.score());
        assertEquals("Class consensus from 3 rankings: each gives an item more points the higher it stands, and the points are added up (Borda count).", consensus.ballots());
        assertEquals(score < 100, consensus.discussion().isPresent(), "a pair to discuss unless it is perfect");
    }

    private static List<String> reversed(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> rotated(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        java.util.Collections.rotate(copy, 1);
        return copy;
    }

    @Test
    void theSessionIsSavedInTheBackgroundAfterARevealAndAppearsInTheStore() throws IOException {
        TeamGame game = withTeams("Foxes", "Owls");
        game.revealed();
        assertTrue(background.isEmpty(), "nothing answered, nothing to save");
        EstimateScenario estimate = first(EstimateScenario.class);
        game.entries(estimate).get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(game.entries(estimate).get(0));
        assertTrue(game.isUnsaved());
        game.revealed();
        assertTrue(game.savingProperty().get());
        assertFalse(Files.exists(data.resolve(ResultsStore.FILE_NAME)), "not written on the calling thread");
        runBackground();
        assertFalse(game.savingProperty().get());
        assertFalse(game.isUnsaved());
        ClassSession saved = new ResultsStore(data).load().sessions().get(0);
        assertEquals(game.session().orElseThrow(), saved);
        assertEquals("lesson-1", saved.id());
        game.revealed();
        assertTrue(background.isEmpty(), "nothing new since the last save");

        // A second save of the same lesson replaces the first.
        game.entries(estimate).get(1).draft(EstimateDraft.class).priceProperty().set("1000");
        game.confirm(game.entries(estimate).get(1));
        game.save();
        runBackground();
        List<ClassSession> sessions = new ResultsStore(data).load().sessions();
        assertEquals(1, sessions.size());
        assertEquals(2, sessions.get(0).rounds().get(0).answers().size());
    }

    @Test
    void aFailedSaveIsReportedAndTheSessionStaysInMemory() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("occupied"), "a file where the data folder should be");
        TeamGame game = game(new ResultsStore(notAFolder));
        game.openSetup();
        game.applySetup();
        EstimateScenario estimate = first(EstimateScenario.class);
        game.entries(estimate).get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(game.entries(estimate).get(0));
        boolean[] after = new boolean[1];
        game.save(() -> after[0] = true);
        runBackground();
        assertTrue(after[0], "the caller hears back after a failure too");
        assertTrue(game.isUnsaved());
        // In words, naming the folder: no exception text, no temporary file.
        assertTrue(game.saveProblemProperty().get().startsWith("Class results not saved: LeakLab cannot write to "
                + notAFolder + "."), game.saveProblemProperty().get());
        assertTrue(status.warningProperty().get());
        assertEquals(game.saveProblemProperty().get(), status.messageProperty().get());
        assertEquals(1, game.session().orElseThrow().rounds().size(), "the answers are still there");

        // The next reveal tries again; once the folder is usable, the warning goes.
        Files.delete(notAFolder);
        game.revealed();
        runBackground();
        assertEquals("", game.saveProblemProperty().get());
        assertEquals(1, new ResultsStore(notAFolder).load().sessions().size());
    }

    @Test
    void aClosedBackgroundExecutorIsAFailureToSaveNotACrash() {
        TeamGame game = new TeamGame(AMAZON, SCORER, english, new ResultsStore(data),
                new PlayServices(new ScriptedDialogs(), status, a -> { }, job -> {
                    throw new java.util.concurrent.RejectedExecutionException("shut down");
                }, Runnable::run), "x", Instant.now());
        game.openSetup();
        game.applySetup();
        EstimateScenario estimate = first(EstimateScenario.class);
        game.entries(estimate).get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(game.entries(estimate).get(0));
        game.save();
        assertTrue(game.saveProblemProperty().get().startsWith("Class results not saved to "),
                game.saveProblemProperty().get());
        assertFalse(game.saveProblemProperty().get().contains("shut down"), "no exception text");
        assertTrue(game.isUnsaved());
    }

    @Test
    void renamingTeamsKeepsTheirAnswers() {
        TeamGame game = withTeams("Foxes", "Owls");
        EstimateScenario estimate = first(EstimateScenario.class);
        game.entries(estimate).get(1).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(game.entries(estimate).get(1));
        game.openSetup();
        assertTrue(game.setup().orElseThrow().isCountFixed());
        game.setup().orElseThrow().getNames().get(1).nameProperty().set("Night owls");
        assertTrue(game.applySetup());
        assertTrue(game.session().orElseThrow().round(estimate.id()).orElseThrow().answerOf("Night owls").isPresent());
        runBackground();
    }

    @Test
    void aSavedClassContinuesWithItsTeamsAnswersAndScoresUnderItsOwnId() throws IOException {
        EstimateScenario estimate = first(EstimateScenario.class);
        RankingScenario ranking = first(RankingScenario.class);
        ClassSession saved = new ClassSession("earlier", Instant.parse("2024-03-05T09:15:00Z"), AMAZON.id(),
                List.of("Foxes", "Owls"), List.of(
                new ClassSession.Round(ranking.id(), List.of(
                        new ClassSession.TeamAnswer("Owls", new RankingAnswer(ranking.itemIds()), 61))),
                new ClassSession.Round(estimate.id(), List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(300), 100),
                        new ClassSession.TeamAnswer("Owls", new EstimateAnswer(5000), 40)))));
        ResultsStore store = new ResultsStore(data);
        store.save(saved);
        TeamGame game = TeamGame.continuing(AMAZON, SCORER, english, store,
                new PlayServices(new ScriptedDialogs(), status, a -> { }, background::add, Runnable::run), saved);
        assertEquals("earlier", game.sessionId());
        assertEquals(List.of("Foxes", "Owls"), game.teams());
        assertEquals(List.of(ranking.id(), estimate.id()), game.playedScenarioIds());
        assertTrue(game.hasAnswered(estimate, 1));
        assertFalse(game.hasAnswered(ranking, 0));
        assertEquals("$5,000", game.answerText(estimate, 1));
        assertEquals(saved, game.session().orElseThrow(), "the scores as they were given");
        assertFalse(game.isUnsaved(), "nothing new yet");

        // A new answer is saved into the same session, not beside it.
        TeamEntry foxes = game.entries(ranking).get(0);
        assertTrue(game.confirm(foxes));
        game.revealed();
        runBackground();
        List<ClassSession> sessions = store.load().sessions();
        assertEquals(1, sessions.size());
        assertEquals(2, sessions.get(0).round(ranking.id()).orElseThrow().answers().size());
    }

    @Test
    void aNewClassHasNoTeamsNoAnswersAndANewId() {
        TeamGame game = withTeams("Foxes", "Owls");
        EstimateScenario estimate = first(EstimateScenario.class);
        game.entries(estimate).get(0).draft(EstimateDraft.class).priceProperty().set("300");
        game.confirm(game.entries(estimate).get(0));
        game.startOver();
        assertFalse(game.hasTeams());
        assertTrue(game.playedScenarioIds().isEmpty());
        assertFalse(game.canUndo(estimate));
        assertFalse("lesson-1".equals(game.sessionId()));
    }

    @Test
    void thePodiumPutsSharedPlacesOnOneStepAndTheTotalsShareOneScale() {
        TeamGame game = withTeams("Foxes", "Owls", "Krakens", "Eagles");
        EstimateScenario estimate = first(EstimateScenario.class);
        String[] prices = {"300", "300", "5000", "10000"}; // within PriceRange ($1 to $10,000)
        for (int team = 0; team < prices.length; team++) {
            game.entries(estimate).get(team).draft(EstimateDraft.class).priceProperty().set(prices[team]);
            assertTrue(game.confirm(game.entries(estimate).get(team)));
        }
        List<Leaderboard.PodiumStep> podium = game.podium();
        assertEquals(1, podium.get(0).rank());
        assertEquals(List.of("Foxes", "Owls"), podium.get(0).teams(), "a tie for first: one step for both");
        assertEquals(3, podium.get(1).rank(), "the next place is the third");
        assertEquals(List.of("Krakens"), podium.get(1).teams());
        assertEquals(2, podium.size(), "the fourth is not on the podium");
        List<Leaderboard.Row> totals = game.totals();
        assertEquals(4, totals.size());
        assertTrue(totals.stream().allMatch(r -> r.roundPoints().isEmpty()));
        for (Leaderboard.Row row : totals) {
            assertEquals(row.total() / 100.0, row.share(), 1e-9, "one scale: points over the most possible");
        }
    }
}
