package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leaklab.classroom.Views.DeviceView;
import org.leaklab.classroom.Views.QuestionView;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.junit.jupiter.api.Test;

/** The room: joining, the lifecycle, answer rules, idempotence, removal, forget-me, teams, stories. */
class ClassRoomTest {
    private final Rooms rooms = new Rooms();
    private final ClassRoom room = rooms.room;

    private static Refusal refusal(Runnable action) {
        return assertThrows(RefusedException.class, action::run).refusal();
    }

    @Test
    void theTeacherChangesTheTeamsWhileTheRoomIsOpenAndThePhonesOfferTheNewOnes() {
        Rooms teamless = new Rooms(); // the network opened before the teams were set up
        String token = teamless.join();
        long version = teamless.room.lifecycleVersion();
        teamless.room.changeTeams(List.of("Foxes", "Owls", "Bears"));
        assertEquals(List.of("Foxes", "Owls", "Bears"), teamless.room.view(token).teams());
        assertTrue(teamless.room.lifecycleVersion() > version, "the phones are told to fetch their view again");
        teamless.room.chooseTeam(token, 2);
        assertEquals(Optional.of("Bears"), teamless.room.report(token).team());
        // Fewer teams: a device whose team is gone plays with the whole room until it picks again.
        teamless.room.changeTeams(List.of("Foxes", "Owls"));
        assertEquals(-1, teamless.room.view(token).team());
        assertThrows(RefusedException.class, () -> teamless.room.chooseTeam(token, 2));
        teamless.room.chooseTeam(token, 1);
        assertEquals(1, teamless.room.view(token).team());
        long unchanged = teamless.room.lifecycleVersion();
        teamless.room.changeTeams(List.of("Foxes", "Owls"));
        assertEquals(unchanged, teamless.room.lifecycleVersion(), "the same teams again change nothing");
    }

    @Test
    void joiningGivesEachDeviceItsOwnTokenAndName() {
        Set<String> tokens = new HashSet<>();
        Set<AnonymousName> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ClassRoom.Joined joined = room.join();
            assertTrue(Secrets.looksLikeToken(joined.token()), joined.token());
            tokens.add(joined.token());
            names.add(joined.view().name());
            assertEquals(RoomSettings.REROLLS, joined.view().rerollsLeft());
            assertFalse(joined.toString().contains(joined.token()), "the token never shows in a toString");
        }
        assertEquals(100, tokens.size());
        assertEquals(100, names.size(), "names are unique in a room");
        assertEquals(100, room.status().devices());
        assertTrue(Secrets.looksLikeRoomCode(room.code()), room.code());
    }

    @Test
    void aNameCanBeRerolledTwice() {
        String token = rooms.join();
        room.reroll(token);
        room.reroll(token);
        assertEquals(0, room.view(token).rerollsLeft());
        assertEquals(Refusal.NO_REROLLS_LEFT, refusal(() -> room.reroll(token)));
    }

    @Test
    void aLockedRoomAndAFullRoomRefuseNewDevicesButKeepTheirs() {
        Rooms small = new Rooms(new RoomSettings(2, List.of()));
        String first = small.join();
        small.join();
        assertEquals(Refusal.ROOM_FULL, refusal(small.room::join));
        small.room.remove(small.room.devices().get(1).number());
        small.room.lock(true);
        assertEquals(Refusal.ROOM_LOCKED, refusal(small.room::join));
        assertEquals(1, small.room.view(first).number(), "devices in the room stay");
        small.room.lock(false);
        small.join();
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertEquals(Refusal.UNKNOWN_DEVICE, refusal(() -> room.view("AAAAAAAAAAAAAAAAAAAAAA")));
        assertEquals(Refusal.UNKNOWN_DEVICE, refusal(() -> room.view(null)));
    }

    @Test
    void answersOnlyForTheOpenQuestionAndOnlyWhileItIsOpen() {
        String token = rooms.join();
        RankingScenario ranking = Rooms.ranking();
        Submission order = new Submission.Ranking(ranking.itemIds());
        assertEquals(Refusal.NO_OPEN_QUESTION, refusal(() -> room.submit(token, 1, order)));
        room.open(ranking);
        int seq = rooms.seq();
        assertEquals(Refusal.NOT_THE_OPEN_QUESTION, refusal(() -> room.submit(token, seq + 1, order)));
        room.submit(token, seq, order);
        room.close();
        assertEquals(Refusal.QUESTION_CLOSED, refusal(() -> room.submit(token, seq, order)));
        room.reveal();
        assertEquals(Refusal.QUESTION_CLOSED, refusal(() -> room.submit(token, seq, order)));
    }

    @Test
    void aSecondAnswerReplacesTheFirstAndCountsOnce() {
        String token = rooms.join();
        room.open(Rooms.estimate());
        room.submit(token, rooms.seq(), new Submission.Estimate(10));
        room.submit(token, rooms.seq(), new Submission.Estimate(10));
        room.submit(token, rooms.seq(), new Submission.Estimate(500));
        Views.QuestionStatus status = room.status().question().orElseThrow();
        assertEquals(1, status.answered());
        assertEquals(500, ((EstimateTally) status.tally()).median().orElseThrow());
        assertEquals(Optional.of(new EstimateAnswer(500)), room.view(token).question().orElseThrow().answer());
        assertEquals(1, room.report(token).answers().size());
    }

    @Test
    void eachKindIsValidated() {
        String token = rooms.join();
        RankingScenario ranking = Rooms.ranking();
        room.open(ranking);
        int seq = rooms.seq();
        List<String> items = ranking.itemIds();
        List<String> duplicate = new ArrayList<>(items);
        duplicate.set(1, items.get(0));
        List<String> foreign = new ArrayList<>(items);
        foreign.set(0, "not-an-item");
        assertEquals(Refusal.NOT_A_PERMUTATION, refusal(() -> room.submit(token, seq, new Submission.Ranking(duplicate))));
        assertEquals(Refusal.NOT_A_PERMUTATION, refusal(() -> room.submit(token, seq, new Submission.Ranking(foreign))));
        assertEquals(Refusal.NOT_A_PERMUTATION, refusal(() -> room.submit(token, seq, new Submission.Ranking(items.subList(1, items.size())))));
        assertEquals(Refusal.WRONG_KIND, refusal(() -> room.submit(token, seq, new Submission.Estimate(5))));

        room.open(Rooms.estimate());
        int estimate = rooms.seq();
        assertEquals(Refusal.NOT_A_NUMBER, refusal(() -> room.submit(token, estimate, new Submission.Estimate(Double.NaN))));
        assertEquals(Refusal.NOT_A_NUMBER, refusal(() -> room.submit(token, estimate, new Submission.Estimate(Double.POSITIVE_INFINITY))));
        assertEquals(Refusal.OUT_OF_RANGE, refusal(() -> room.submit(token, estimate, new Submission.Estimate(0))));
        assertEquals(Refusal.OUT_OF_RANGE, refusal(() -> room.submit(token, estimate, new Submission.Estimate(0.99))));
        assertEquals(Refusal.OUT_OF_RANGE, refusal(() -> room.submit(token, estimate, new Submission.Estimate(10_000.01))));
        room.submit(token, estimate, new Submission.Estimate(1));
        room.submit(token, estimate, new Submission.Estimate(10_000));

        ChoiceScenario single = Rooms.singleChoice();
        room.open(single);
        int choice = rooms.seq();
        String a = single.options().get(0).id();
        String b = single.options().get(1).id();
        assertEquals(Refusal.WRONG_NUMBER_OF_OPTIONS, refusal(() -> room.submit(token, choice, new Submission.Choice(List.of(a, b)))));
        assertEquals(Refusal.WRONG_NUMBER_OF_OPTIONS, refusal(() -> room.submit(token, choice, new Submission.Choice(List.of()))));
        assertEquals(Refusal.UNKNOWN_OPTION, refusal(() -> room.submit(token, choice, new Submission.Choice(List.of("nope")))));
        room.submit(token, choice, new Submission.Choice(List.of(b)));

        ChoiceScenario multiple = Rooms.multipleChoice();
        room.open(multiple);
        int many = rooms.seq();
        String m = multiple.options().get(0).id();
        assertEquals(Refusal.UNKNOWN_OPTION, refusal(() -> room.submit(token, many, new Submission.Choice(List.of(m, m)))));
        List<String> all = multiple.options().stream().map(o -> o.id()).toList();
        room.submit(token, many, new Submission.Choice(all));

        DecisionScenario story = Rooms.story();
        room.open(story);
        int vote = rooms.seq();
        assertEquals(Refusal.UNKNOWN_BRANCH, refusal(() -> room.submit(token, vote, new Submission.Vote("nope"))));
        assertEquals(Refusal.WRONG_KIND, refusal(() -> room.submit(token, vote, new Submission.Choice(List.of("x")))));
        room.submit(token, vote, new Submission.Vote(story.start().options().get(0).id()));
    }

    @Test
    void afterTheRevealEachDeviceSeesItsOwnScoreFromTheAppsScorer() {
        String right = rooms.join();
        String wrong = rooms.join();
        String silent = rooms.join();
        RankingScenario ranking = Rooms.ranking();
        RankingAnswer reference = (RankingAnswer) Rooms.SCORER.referenceAnswer(ranking);
        List<String> reversed = new ArrayList<>(reference.itemIds());
        Collections.reverse(reversed);
        room.open(ranking);
        room.submit(right, rooms.seq(), new Submission.Ranking(reference.itemIds()));
        room.submit(wrong, rooms.seq(), new Submission.Ranking(reversed));
        assertTrue(room.view(right).question().orElseThrow().result().isEmpty(), "no score before the reveal");
        room.reveal();
        QuestionView mine = room.view(right).question().orElseThrow();
        assertEquals(Phase.REVEALED, mine.phase());
        assertEquals(100, mine.result().orElseThrow().rounded());
        assertEquals(Rooms.SCORER.score(ranking, new RankingAnswer(reversed)), room.view(wrong).question().orElseThrow().result().orElseThrow());
        assertTrue(room.view(silent).question().orElseThrow().result().isEmpty());
    }

    @Test
    void forgetMeDeletesTheDeviceAndItsAnswers() {
        String stays = rooms.join();
        String goes = rooms.join();
        room.open(Rooms.estimate());
        room.submit(stays, rooms.seq(), new Submission.Estimate(20));
        room.submit(goes, rooms.seq(), new Submission.Estimate(2000));
        assertEquals(new Views.RoomReport(2, 2), room.report());
        room.forget(goes);
        assertEquals(Refusal.UNKNOWN_DEVICE, refusal(() -> room.view(goes)));
        assertEquals(Refusal.UNKNOWN_DEVICE, refusal(() -> room.report(goes)));
        assertEquals(new Views.RoomReport(1, 1), room.report());
        assertEquals(1, room.status().question().orElseThrow().answered());
        assertEquals(20, ((EstimateTally) room.status().question().orElseThrow().tally()).median().orElseThrow());
    }

    @Test
    void theTeacherRemovesADevice() {
        String token = rooms.join();
        int number = room.view(token).number();
        assertTrue(room.remove(number));
        assertFalse(room.remove(number));
        assertFalse(room.knows(token));
        assertEquals(0, room.devices().size());
    }

    @Test
    void theReportHoldsExactlyTheNameTheTeamAndTheAnswers() {
        Rooms teams = Rooms.withTeams("Red", "Blue");
        String token = teams.join();
        teams.room.chooseTeam(token, 1);
        teams.room.open(Rooms.estimate());
        teams.room.submit(token, teams.seq(), new Submission.Estimate(42));
        Views.DeviceReport report = teams.room.report(token);
        assertEquals(teams.room.view(token).name(), report.name());
        assertEquals(Optional.of("Blue"), report.team());
        assertEquals(1, report.answers().size());
        assertEquals(Optional.of(new EstimateAnswer(42)), report.answers().get(0).answer());
        assertEquals(Refusal.UNKNOWN_TEAM, refusal(() -> teams.room.chooseTeam(token, 2)));
    }

    @Test
    void connectedCountsDevicesHeardFromRecently() {
        String early = rooms.join();
        rooms.now.addAndGet(ClassRoom.CONNECTED_WINDOW.toNanos() + 1);
        String late = rooms.join();
        assertEquals(2, room.status().devices());
        assertEquals(1, room.status().connected());
        room.view(early);
        assertEquals(2, room.status().connected());
        assertNotEquals(early, late);
    }

    @Test
    void teamAnswersAreTheAppsOwnAnswerTypes() {
        Rooms teams = Rooms.withTeams("Red", "Blue");
        ClassRoom r = teams.room;
        String red1 = teams.join();
        String red2 = teams.join();
        String red3 = teams.join();
        String blue = teams.join();
        String none = teams.join();
        r.chooseTeam(red1, 0);
        r.chooseTeam(red2, 0);
        r.chooseTeam(red3, 0);
        r.chooseTeam(blue, 1);

        r.open(Rooms.estimate());
        r.submit(red1, teams.seq(), new Submission.Estimate(10));
        r.submit(red2, teams.seq(), new Submission.Estimate(100));
        r.submit(red3, teams.seq(), new Submission.Estimate(1000));
        r.submit(blue, teams.seq(), new Submission.Estimate(4));
        r.submit(none, teams.seq(), new Submission.Estimate(9000));
        var estimates = r.groupAnswers(Rooms.estimate());
        assertEquals(new EstimateAnswer(100), estimates.get("Red").answer());
        assertEquals(3, estimates.get("Red").members());
        assertEquals(new EstimateAnswer(4), estimates.get("Blue").answer());
        assertEquals(new EstimateAnswer(100), estimates.get(null).answer(), "the whole room: median of five");

        ChoiceScenario single = Rooms.singleChoice();
        r.open(single);
        String a = single.options().get(0).id();
        String b = single.options().get(1).id();
        r.submit(red1, teams.seq(), new Submission.Choice(List.of(b)));
        r.submit(red2, teams.seq(), new Submission.Choice(List.of(b)));
        r.submit(red3, teams.seq(), new Submission.Choice(List.of(a)));
        var choices = r.groupAnswers(single);
        assertEquals(ChoiceAnswer.of(b), choices.get("Red").answer());
        assertFalse(choices.get("Red").tied());
        assertFalse(choices.containsKey("Blue"), "a team without answers has none");
    }

    @Test
    void aStoryIsVotedStepByStepAndTheMajorityMovesItOn() {
        DecisionScenario story = Rooms.story();
        List<String> tokens = List.of(rooms.join(), rooms.join(), rooms.join());
        room.open(story);
        DecisionNode start = story.start();
        String winner = start.options().get(0).id();
        String loser = start.options().get(1).id();
        room.submit(tokens.get(0), rooms.seq(), new Submission.Vote(winner));
        room.submit(tokens.get(1), rooms.seq(), new Submission.Vote(winner));
        room.submit(tokens.get(2), rooms.seq(), new Submission.Vote(loser));
        StoryTally open = (StoryTally) room.status().question().orElseThrow().tally();
        assertEquals(2, open.groups().get(0).votes().get(winner));
        assertEquals(Optional.of(winner), open.groups().get(0).majority().winner());
        room.reveal();
        Views.StoryView view = room.view(tokens.get(2)).question().orElseThrow().story().orElseThrow();
        assertEquals(winner, view.decided().orElseThrow().id());
        assertEquals(Optional.of(loser), view.vote());
        // Walk on by majority until the story ends; every step a new question number.
        int steps = 1;
        while (!room.status().question().orElseThrow().finished()) {
            int before = rooms.seq();
            room.nextStep();
            assertNotEquals(before, rooms.seq());
            DecisionNode node = room.view(tokens.get(0)).question().orElseThrow().story().orElseThrow().node().orElseThrow();
            for (String token : tokens) {
                room.submit(token, rooms.seq(), new Submission.Vote(node.options().get(0).id()));
            }
            room.reveal();
            steps++;
            assertTrue(steps < 20);
        }
        QuestionView last = room.view(tokens.get(0)).question().orElseThrow();
        assertTrue(last.story().orElseThrow().ended());
        var path = (org.leaklab.model.DecisionAnswer) room.groupAnswers(story).get(null).answer();
        assertEquals(winner, path.optionIds().get(0));
        assertEquals(Rooms.SCORER.score(story, path), last.result().orElseThrow());
        assertThrows(IllegalStateException.class, room::nextStep);
    }

    @Test
    void aTiedStoryVoteWaitsForTheTeacher() {
        DecisionScenario story = Rooms.story();
        String one = rooms.join();
        String two = rooms.join();
        room.open(story);
        String a = story.start().options().get(0).id();
        String b = story.start().options().get(1).id();
        room.submit(one, rooms.seq(), new Submission.Vote(a));
        room.submit(two, rooms.seq(), new Submission.Vote(b));
        room.reveal();
        assertEquals(List.of(Group.ROOM), room.status().question().orElseThrow().ties());
        assertThrows(IllegalStateException.class, room::nextStep);
        assertThrows(IllegalArgumentException.class, () -> room.breakTie(Group.ROOM, "nope"));
        room.breakTie(Group.ROOM, b);
        assertEquals(b, room.view(one).question().orElseThrow().story().orElseThrow().decided().orElseThrow().id());
        assertTrue(room.status().question().orElseThrow().ties().isEmpty());
    }

    @Test
    void teamsPlayTheirOwnStory() {
        Rooms teams = Rooms.withTeams("Red", "Blue");
        DecisionScenario story = Rooms.story();
        String red = teams.join();
        String blue = teams.join();
        teams.room.chooseTeam(red, 0);
        teams.room.chooseTeam(blue, 1);
        teams.room.open(story);
        String a = story.start().options().get(0).id();
        String b = story.start().options().get(1).id();
        teams.room.submit(red, teams.seq(), new Submission.Vote(a));
        teams.room.submit(blue, teams.seq(), new Submission.Vote(b));
        teams.room.reveal();
        assertEquals(a, teams.room.view(red).question().orElseThrow().story().orElseThrow().decided().orElseThrow().id());
        assertEquals(b, teams.room.view(blue).question().orElseThrow().story().orElseThrow().decided().orElseThrow().id());
        StoryTally tally = (StoryTally) teams.room.status().question().orElseThrow().tally();
        assertEquals(Set.of(new Group(0), new Group(1)), Set.copyOf(tally.groups().stream().map(StoryTally.GroupStep::group).toList()));
    }

    @Test
    void manyDevicesAnsweringAtOnceAreAllCounted() throws Exception {
        RankingScenario ranking = Rooms.ranking();
        room.open(ranking);
        int seq = rooms.seq();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                futures.add(pool.submit(() -> {
                    String token = room.join().token();
                    for (int k = 0; k < 5; k++) {
                        room.submit(token, seq, new Submission.Ranking(ranking.itemIds()));
                        room.status();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        assertEquals(100, room.status().devices());
        assertEquals(100, room.status().question().orElseThrow().answered());
        assertEquals(100, ((RankingTally) room.status().question().orElseThrow().tally()).consensus().ballots());
    }

    @Test
    void eraseForgetsEverything() {
        String token = rooms.join();
        room.open(Rooms.estimate());
        room.submit(token, rooms.seq(), new Submission.Estimate(3));
        room.erase();
        assertEquals(new Views.RoomReport(0, 0), room.report());
        assertFalse(room.knows(token));
        assertTrue(room.status().question().isEmpty());
    }

    @Test
    void aLateJoinerSeesTheOpenQuestion() {
        room.open(Rooms.estimate());
        DeviceView view = room.join().view();
        assertEquals(Rooms.estimate(), view.question().orElseThrow().scenario());
        assertEquals(Phase.OPEN, view.question().orElseThrow().phase());
    }
}
