package org.leaklab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.Phase;
import org.leaklab.classroom.Submission;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.settings.Theme;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.classnet.ClassNetworkViewModel;
import org.leaklab.ui.classnet.RoomServers;
import org.leaklab.ui.common.Appearance;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.Localization;

/**
 * The class network follows the slides: the devices are asked what the slide asks, the projector
 * counts their answers and shows them after the reveal, and teams without a typed answer get their
 * devices' answer. A real room behind a real server on loopback; the devices act on the room.
 */
class PresenterRoomTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);

    private final Localization english = new Localization(Locale.ENGLISH);
    private final List<Runnable> saves = new ArrayList<>();
    private final TeamGame game = teams();
    private final ClassNetworkViewModel network = new ClassNetworkViewModel(new RoomServers(SCORER, game::teams),
            new BackgroundWork(Runnable::run, Runnable::run), english);
    private final PresenterViewModel presenter = new PresenterViewModel(AMAZON, SCORER, english,
            new Appearance(Theme.LIGHT, PresenterDefaults.SCALE), () -> { }, game, network);

    @AfterEach
    void closeTheNetwork() {
        network.close();
    }

    @Test
    void theRoomAsksWhatTheSlideAsksAndWaitsOnTheTitleAndTheEnd() throws Exception {
        ClassRoom room = open();
        assertTrue(room.status().question().isEmpty(), "the title slide asks nothing");
        presenter.next();
        Scenario first = presenter.scenario().orElseThrow();
        assertEquals(first.id(), question(room).scenario().id());
        assertEquals(Phase.OPEN, question(room).phase());
        presenter.toggleReveal();
        assertEquals(Phase.REVEALED, question(room).phase(), "R reveals on the devices too");
        presenter.toggleReveal();
        assertEquals(Phase.OPEN, question(room).phase(), "R again opens the question once more");
        presenter.next();
        assertEquals(presenter.scenario().orElseThrow().id(), question(room).scenario().id());
        while (!presenter.isEnd()) {
            presenter.next();
            Optional<Scenario> shown = presenter.scenario();
            if (shown.isPresent()) {
                assertEquals(shown.get().id(), question(room).scenario().id(), "every kind is asked, stories too");
            }
        }
        assertTrue(room.status().question().isEmpty(), "the end screen asks nothing");
    }

    @Test
    void theProjectorCountsTheAnswersAndShowsTheClassesSharesAfterTheReveal() throws Exception {
        ClassRoom room = open();
        List<String> tokens = join(room, 4, -1);
        ChoiceScenario choice = (ChoiceScenario) goTo(ChoiceScenario.class::isInstance);
        String a = choice.options().get(0).id();
        String b = choice.options().get(1).id();
        int seq = question(room).seq();
        room.submit(tokens.get(0), seq, new Submission.Choice(List.of(a)));
        room.submit(tokens.get(1), seq, new Submission.Choice(List.of(a)));
        room.submit(tokens.get(2), seq, new Submission.Choice(List.of(b)));
        awaitStatus(room);
        assertEquals(Optional.of("3 of 4 devices answered"), presenter.roomAnsweredText());
        assertTrue(presenter.roomAnswers().isEmpty(), "nothing of the class's answers before the reveal");

        presenter.toggleReveal();
        awaitStatus(room);
        RoomAnswers answers = presenter.roomAnswers().orElseThrow();
        assertEquals("3 devices answered", answers.caption());
        RoomAnswers.Bar first = answers.bars().get(0);
        assertEquals("A", first.label());
        assertEquals(2.0 / 3, first.share(), 1e-9);
        assertEquals("67% (2)", first.value());
        assertEquals(1.0 / 3, answers.bars().get(1).share(), 1e-9);
        assertEquals(choice.options().size(), answers.bars().size(), "every option, also those nobody chose");
        for (int i = 0; i < choice.options().size(); i++) {
            assertEquals(choice.options().get(i).credit() >= 1, answers.bars().get(i).marked(),
                    "the right option is marked: " + i);
        }
    }

    @Test
    void anEstimatesHistogramReachesFromTheGuessesToTheReportedFigureWithTheMedian() throws Exception {
        ClassRoom room = open();
        List<String> tokens = join(room, 3, -1);
        EstimateScenario estimate = (EstimateScenario) goTo(EstimateScenario.class::isInstance);
        int seq = question(room).seq();
        room.submit(tokens.get(0), seq, new Submission.Estimate(5));
        room.submit(tokens.get(1), seq, new Submission.Estimate(50));
        room.submit(tokens.get(2), seq, new Submission.Estimate(500));
        presenter.toggleReveal();
        awaitStatus(room);
        RoomAnswers answers = presenter.roomAnswers().orElseThrow();
        assertEquals(List.of("Median of the class: $50", "The highlighted bars hold the reported figure."), answers.notes());
        assertEquals("$3 to $10", answers.bars().get(0).label(), "the bins start at the lowest guess's");
        assertEquals(3, answers.bars().stream().mapToInt(bar -> Integer.parseInt(bar.value())).sum(),
                "every guess in one bin");
        RoomAnswers.Bar last = answers.bars().get(answers.bars().size() - 1);
        assertTrue(last.marked() || last.label().equals("$300 to $1,000"),
                "the bins end at the highest guess's or at the reported figure's: " + last.label());
        long marked = answers.bars().stream().filter(RoomAnswers.Bar::marked).count();
        assertTrue(marked >= 1, "the reported figure's bin is marked");
        for (RoomAnswers.Bar bar : answers.bars()) {
            assertTrue(bar.share() >= 0 && bar.share() <= 1, bar.toString());
        }
        assertTrue(estimate.high() >= estimate.low());
    }

    @Test
    void aRankingShowsTheDevicesConsensusAndWhereTheClassPutEachItem() throws Exception {
        ClassRoom room = open();
        List<String> tokens = join(room, 2, -1);
        RankingScenario ranking = (RankingScenario) goTo(RankingScenario.class::isInstance);
        int seq = question(room).seq();
        List<String> order = ranking.itemIds();
        List<String> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        room.submit(tokens.get(0), seq, new Submission.Ranking(order));
        room.submit(tokens.get(1), seq, new Submission.Ranking(order));
        presenter.toggleReveal();
        awaitStatus(room);
        RoomAnswers answers = presenter.roomAnswers().orElseThrow();
        ClassConsensus consensus = answers.consensus().orElseThrow();
        String firstName = AMAZON.item(order.get(0)).orElseThrow().name().in(Locale.ENGLISH);
        assertTrue(consensus.consensusLines().get(0).startsWith("1. " + firstName), consensus.consensusLines().toString());
        assertEquals("1. " + firstName + ": most often in place 1 (2 of 2)", answers.notes().get(0));
        assertEquals(order.size(), answers.notes().size());
        assertTrue(answers.bars().isEmpty());
    }

    @Test
    void theDevicesVoteOnAStoryStepByStepTheTeacherBreaksATieAndThenTheAnswerShows() throws Exception {
        ClassRoom room = open();
        List<String> tokens = join(room, 3, -1);
        goTo(DecisionScenario.class::isInstance);
        assertEquals(Optional.of(RoomQuestions.StoryStep.COUNT_VOTES), presenter.storyStep());
        assertTrue(presenter.hintText().contains("R: count the votes"), presenter.hintText());
        // The first decision: a tie between its first two ways (the third device does not vote).
        org.leaklab.model.DecisionNode first = node(room, tokens.get(0));
        vote(room, tokens.get(0), first.options().get(0).id());
        vote(room, tokens.get(1), first.options().get(1).id());
        awaitStatus(room);
        assertTrue(presenter.roomAnswers().orElseThrow().caption().startsWith("Decision 1: 2 of 3 devices voted"));
        presenter.toggleReveal();
        assertFalse(presenter.revealedProperty().get(), "R counted the votes; the answer is not shown yet");
        assertEquals(Optional.of(RoomQuestions.StoryStep.BREAK_TIE), presenter.storyStep());
        assertTrue(presenter.hintText().contains("R: break the tie first"), presenter.hintText());
        presenter.toggleReveal();
        assertEquals(Optional.of(RoomQuestions.StoryStep.BREAK_TIE), presenter.storyStep(), "R waits for the tie");
        awaitStatus(room);
        RoomAnswers.StoryGroup counted = presenter.roomAnswers().orElseThrow().story().get(0);
        assertEquals("The class", counted.group());
        assertEquals(Optional.of("A tie between 1, 2: press the number of the choice the story follows."), counted.outcome());
        assertEquals("1", counted.options().get(0).value());
        assertFalse(presenter.breakTie(3), "3 is not one of the tied ways");
        assertTrue(presenter.keyboard().press(PresenterKeys.Key.of(javafx.scene.input.KeyCode.DIGIT2))
                == PresenterKeys.Action.BREAK_TIE, "the number key 2 decides");
        String decided = first.options().get(1).id();
        // On to the end: everybody votes for the first way at each further decision.
        int steps = 1;
        while (presenter.storyStep().isPresent()) {
            RoomQuestions.StoryStep step = presenter.storyStep().orElseThrow();
            if (step == RoomQuestions.StoryStep.COUNT_VOTES) {
                org.leaklab.model.DecisionNode at = node(room, tokens.get(0));
                tokens.forEach(token -> vote(room, token, at.options().get(0).id()));
                steps++;
            }
            assertTrue(steps < 20, "the story ends");
            presenter.toggleReveal();
        }
        assertFalse(presenter.revealedProperty().get());
        presenter.toggleReveal();
        assertTrue(presenter.revealedProperty().get(), "once the story ended, R shows its answer");
        org.leaklab.model.DecisionAnswer path = (org.leaklab.model.DecisionAnswer)
                room.groupAnswers(presenter.scenario().orElseThrow()).get(null).answer();
        assertEquals(decided, path.optionIds().get(0), "the tie went the teacher's way");
    }

    private static org.leaklab.model.DecisionNode node(ClassRoom room, String token) {
        return room.view(token).question().orElseThrow().story().orElseThrow().node().orElseThrow();
    }

    private static void vote(ClassRoom room, String token, String option) {
        room.submit(token, question(room).seq(), new Submission.Vote(option));
    }

    @Test
    void aTeamWithoutATypedAnswerGetsItsDevicesAnswerAndATypedOneWins() throws Exception {
        ClassRoom room = open();
        List<String> first = join(room, 3, 0);
        List<String> second = join(room, 1, 1);
        EstimateScenario estimate = (EstimateScenario) goTo(EstimateScenario.class::isInstance);
        int seq = question(room).seq();
        room.submit(first.get(0), seq, new Submission.Estimate(10));
        room.submit(first.get(1), seq, new Submission.Estimate(100));
        room.submit(first.get(2), seq, new Submission.Estimate(1000));
        room.submit(second.get(0), seq, new Submission.Estimate(7));
        // The teacher types team 2's answer: it stays.
        TeamEntry typed = game.entries(estimate).get(1);
        typed.draft(org.leaklab.ui.estimate.EstimateDraft.class).priceProperty().set("300");
        assertTrue(game.confirm(typed));

        presenter.toggleReveal();
        assertTrue(game.hasAnswered(estimate, 0), "team 1 answered through its devices");
        assertEquals("$100", game.answerText(estimate, 0), "the median of its three devices");
        assertEquals("$300", game.answerText(estimate, 1), "the typed answer wins over the device's");
        assertEquals(1, saves.size(), "the reveal saved the class with the devices' answer in it");
        assertEquals(2, game.leaderboard(estimate).size());

        // What the class keeps is the teams' answers: no device's token or name is in the saved session.
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("leaklab-room-session");
        new org.leaklab.session.ResultsStore(folder).save(game.session().orElseThrow());
        String saved = java.nio.file.Files.readString(folder.resolve(org.leaklab.session.ResultsStore.FILE_NAME));
        assertTrue(saved.contains("\"" + game.teams().get(0) + "\""), "the session was saved");
        for (String token : first) {
            assertFalse(saved.contains(token), "a device's token in the saved session");
            assertFalse(saved.contains(room.view(token).name().in(Locale.ENGLISH)), "a device's name in the saved session");
            assertFalse(saved.contains(room.view(token).name().in(Locale.GERMAN)), "a device's name in the saved session");
        }
    }

    @Test
    void teamsSetUpAfterTheNetworkOpenedAreOfferedOnThePhones() throws Exception {
        TeamGame later = new TeamGame(AMAZON, SCORER, english,
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, saves::add, Runnable::run),
                "s", java.time.Instant.now());
        ClassNetworkViewModel opened = new ClassNetworkViewModel(new RoomServers(SCORER, later::teams),
                new BackgroundWork(Runnable::run, Runnable::run), english);
        PresenterViewModel withLaterTeams = new PresenterViewModel(AMAZON, SCORER, english,
                new Appearance(Theme.LIGHT, PresenterDefaults.SCALE), () -> { }, later, opened);
        try {
            opened.openOn(InetAddress.getLoopbackAddress(), 0);
            ClassRoom room = opened.room().orElseThrow();
            String token = room.join().token();
            assertEquals(List.of(), room.view(token).teams(), "no teams yet");
            withLaterTeams.setUpTeams();
            assertTrue(withLaterTeams.applyTeams());
            assertEquals(later.teams(), room.view(token).teams(), "the phones offer the teams set up now");
            assertFalse(later.teams().isEmpty());
        } finally {
            opened.close();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private ClassRoom open() throws Exception {
        network.openOn(InetAddress.getLoopbackAddress(), 0);
        assertEquals(ClassNetworkViewModel.State.OPEN, network.state());
        network.hide(); // Escape: the slide's keys again, the badge counts
        return network.room().orElseThrow();
    }

    private static List<String> join(ClassRoom room, int devices, int team) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            String token = room.join().token();
            if (team >= 0) {
                room.chooseTeam(token, team);
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static QuestionStatus question(ClassRoom room) {
        return room.status().question().orElseThrow();
    }

    private Scenario goTo(java.util.function.Predicate<Scenario> wanted) {
        while (presenter.scenario().filter(wanted).isEmpty()) {
            presenter.next();
            assertFalse(presenter.isEnd(), "the case has such a scenario");
        }
        return presenter.scenario().orElseThrow();
    }

    /** The projector's status comes on the updates' own thread: wait until it is the room's latest. */
    private void awaitStatus(ClassRoom room) throws InterruptedException {
        long version = room.status().version();
        for (int i = 0; i < 500; i++) {
            RoomStatus shown = network.statusProperty().get();
            if (shown != null && shown.version() >= version) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the projector never got the room's status " + version);
    }

    private TeamGame teams() {
        TeamGame teams = new TeamGame(AMAZON, SCORER, english,
                new org.leaklab.session.ResultsStore(java.nio.file.Path.of("target", "unused-results")),
                new org.leaklab.ui.play.PlayServices(new org.leaklab.ui.testing.ScriptedDialogs(),
                        new org.leaklab.ui.common.StatusMessages(), a -> { }, saves::add, Runnable::run),
                "s", java.time.Instant.now());
        teams.openSetup();
        assertTrue(teams.applySetup());
        return teams;
    }
}
