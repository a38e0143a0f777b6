package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateScenario;
import org.junit.jupiter.api.Test;

/**
 * The projector's status reads the snapshot the room published after its last change: it never
 * waits for the room's lock, it never misses an answer, and it is consistent while answers stream in.
 */
class RoomSnapshotTest {
    @Test
    void statusDoesNotWaitForAChangeInProgress() throws Exception {
        // A clock that holds the submitting thread inside the room's lock (the room reads the
        // clock there to note when it heard from the device) until the test lets it go.
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean();
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ClassRoom room = new ClassRoom(Rooms.AMAZON, Rooms.SCORER, RoomSettings.defaults(), new SecureRandom(), () -> {
            if (hold.get() && Thread.currentThread().getName().equals("submitter")) {
                inside.countDown();
                try {
                    letGo.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return now.get();
        });
        EstimateScenario estimate = Rooms.estimate();
        String first = room.join().token();
        String second = room.join().token();
        room.open(estimate);
        int seq = room.status().question().orElseThrow().seq();
        room.submit(first, seq, new Submission.Estimate(10));

        hold.set(true);
        Thread submitter = Thread.ofPlatform().name("submitter").start(
                () -> room.submit(second, seq, new Submission.Estimate(100)));
        inside.await();
        // The submitter holds the lock now; the status still answers, with the state before its change.
        RoomStatus during = assertTimeoutPreemptively(Duration.ofSeconds(30), room::status,
                "status() waited for the room's lock");
        assertEquals(1, during.question().orElseThrow().answered());
        assertEquals(2, during.devices());
        letGo.countDown();
        submitter.join();
        RoomStatus after = room.status();
        assertEquals(2, after.question().orElseThrow().answered());
        assertTrue(after.version() > during.version());
    }

    @Test
    void everyAnswerSentWhileTheProjectorReadsIsCounted() throws Exception {
        Rooms rooms = new Rooms(new RoomSettings(200, List.of("Red", "Blue")));
        ClassRoom room = rooms.room;
        ChoiceScenario choice = Rooms.singleChoice();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            tokens.add(rooms.join());
        }
        room.open(choice);
        int seq = rooms.seq();
        AtomicBoolean done = new AtomicBoolean();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread projector = Thread.ofPlatform().start(() -> {
            long lastVersion = -1;
            int lastAnswered = 0;
            while (!done.get()) {
                RoomStatus status = room.status();
                int answered = status.question().orElseThrow().answered();
                ChoiceTally tally = (ChoiceTally) status.question().orElseThrow().tally();
                int counted = tally.options().stream().mapToInt(ChoiceTally.OptionShare::count).sum();
                if (status.version() < lastVersion || answered < lastAnswered || counted != answered
                        || answered > status.devices()) {
                    problems.add("version " + status.version() + " after " + lastVersion + ", answered " + answered
                            + " after " + lastAnswered + ", counted " + counted);
                }
                lastVersion = status.version();
                lastAnswered = answered;
            }
        });
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String option = choice.options().get(i % choice.options().size()).id();
                int team = i % 3 - 1;
                futures.add(phones.submit(() -> {
                    room.chooseTeam(token, team);
                    for (int k = 0; k < 3; k++) { // sent again: replaces, counts once
                        room.submit(token, seq, new Submission.Choice(List.of(option)));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        done.set(true);
        projector.join();
        assertEquals(List.of(), problems);
        RoomStatus status = room.status();
        assertEquals(150, status.question().orElseThrow().answered());
        ChoiceTally tally = (ChoiceTally) status.question().orElseThrow().tally();
        for (int o = 0; o < choice.options().size(); o++) {
            int option = o;
            long expected = java.util.stream.IntStream.range(0, 150).filter(i -> i % choice.options().size() == option).count();
            assertEquals(expected, tally.options().get(o).count(), choice.options().get(o).id());
        }
        assertEquals(150, room.groupAnswers(choice).get(null).members());
        assertEquals(new Views.RoomReport(150, 150), room.report());
    }

    @Test
    void aStatusTakenBeforeTheRevealKeepsTheStepsVotesAndPath() {
        Rooms rooms = new Rooms();
        ClassRoom room = rooms.room;
        DecisionScenario story = Rooms.story();
        String token = rooms.join();
        room.open(story);
        String option = story.node(story.startNodeId()).orElseThrow().options().get(0).id();
        room.submit(token, rooms.seq(), new Submission.Vote(option));
        RoomStatus beforeReveal = room.status();
        room.reveal();
        StoryTally before = (StoryTally) beforeReveal.question().orElseThrow().tally();
        assertEquals(Phase.OPEN, beforeReveal.question().orElseThrow().phase());
        assertEquals(1, before.answered(), "the vote counted before the reveal");
        assertEquals(List.of(), before.groups().get(0).path(), "the earlier status keeps the path it had");
        StoryTally after = (StoryTally) room.status().question().orElseThrow().tally();
        assertEquals(List.of(option), after.groups().get(0).path());
    }
}
