package org.leaklab.ui.presenter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.Group;
import org.leaklab.classroom.GroupAnswer;
import org.leaklab.classroom.Phase;
import org.leaklab.classroom.StoryTally;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.Scenario;
import org.leaklab.ui.classnet.ClassNetworkViewModel;

/**
 * The class network follows the slides: while it is open, the devices are asked what the slide
 * asks. A question slide opens its scenario in the room (an answer given to it earlier is kept),
 * R reveals it there too (the devices show their own score and why) and gives every team the
 * teacher did not enter an answer for its devices' answer; R again opens it once more; the title
 * slide and the end screen leave the devices waiting.
 *
 * <p>A decision story is voted on step by step before its answer shows: R counts the step's votes
 * (each group's majority moves its story on; a tie waits for the teacher's number key), R again
 * opens the next decision, and once every group reached an ending R reveals the answer as for
 * any scenario. Call everything on the JavaFX thread; the room's calls are short and thread-safe.
 */
final class RoomQuestions {
    private final ClassNetworkViewModel network;
    private final TeamGame teams;
    private ClassRoom room;
    private String asked;
    private boolean revealedThere;
    /** A story step's votes as they were when R counted them (the groups have moved on since). */
    private StoryTally counted;

    RoomQuestions(ClassNetworkViewModel network, TeamGame teams) {
        this.network = network;
        this.teams = teams;
    }

    /** The slide shows {@code onSlide} (empty: title or end), {@code revealed} or not: the room follows. */
    void follow(Optional<Scenario> onSlide, boolean revealed) {
        ClassRoom now = network.room().orElse(null);
        if (now != room) { // opened, closed or opened anew: a new room has nothing asked yet
            room = now;
            asked = null;
            revealedThere = false;
        }
        if (room == null) {
            return;
        }
        if (onSlide.isEmpty()) {
            if (asked != null) {
                room.clearQuestion();
                asked = null;
                revealedThere = false;
            }
            return;
        }
        Scenario scenario = onSlide.get();
        if (!scenario.id().equals(asked) || (revealedThere && !revealed)) {
            room.open(scenario);
            asked = scenario.id();
            revealedThere = false;
            counted = null;
        }
        if (revealed && !revealedThere) {
            room.reveal();
            revealedThere = true;
            teams.recordFromDevices(scenario, answers(room.groupAnswers(scenario)));
        }
    }

    /** The votes of the story step R counted last, while it is on screen. */
    Optional<StoryTally> countedStep() {
        return Optional.ofNullable(counted);
    }

    /** What R does now on a story the devices vote on; empty when R reveals the answer as usual. */
    Optional<StoryStep> storyStep(Optional<Scenario> onSlide) {
        if (room == null || asked == null || onSlide.filter(DecisionScenario.class::isInstance)
                .filter(s -> s.id().equals(asked)).isEmpty()) {
            return Optional.empty();
        }
        Optional<QuestionStatus> question = room.status().question().filter(q -> q.scenario().id().equals(asked));
        if (question.isEmpty() || question.get().finished()) {
            return Optional.empty();
        }
        if (question.get().phase() == Phase.OPEN) {
            return Optional.of(StoryStep.COUNT_VOTES);
        }
        return Optional.of(question.get().ties().isEmpty() ? StoryStep.NEXT_DECISION : StoryStep.BREAK_TIE);
    }

    /** What R does on a story the devices vote on. */
    enum StoryStep {
        /** The step's votes are counted: each group's majority moves its story on. */
        COUNT_VOTES,
        /** A group's vote tied: the teacher's number key decides, R waits. */
        BREAK_TIE,
        /** The next decision opens on the devices. */
        NEXT_DECISION
    }

    /** R on a story the devices vote on: counts the votes, or opens the next decision. */
    void step(StoryStep step) {
        switch (step) {
            case COUNT_VOTES -> {
                counted = room.status().question().map(q -> q.tally()).filter(StoryTally.class::isInstance)
                        .map(StoryTally.class::cast).orElse(null);
                room.reveal();
            }
            case NEXT_DECISION -> {
                counted = null;
                room.nextStep();
            }
            case BREAK_TIE -> { }
        }
    }

    /**
     * A number key while a story step's vote tied: the first tied group goes on with option
     * {@code number} (1 for the node's first) if it is one of the tied ones.
     *
     * @return whether it broke a tie
     */
    boolean breakTie(Optional<Scenario> onSlide, int number) {
        if (storyStep(onSlide).orElse(null) != StoryStep.BREAK_TIE
                || !(onSlide.orElseThrow() instanceof DecisionScenario story)) {
            return false;
        }
        QuestionStatus question = room.status().question().orElseThrow();
        Group group = question.ties().get(0);
        for (StoryTally.GroupStep line : ((StoryTally) question.tally()).groups()) {
            Optional<DecisionNode> node = story.node(line.nodeId());
            if (line.group().equals(group) && node.isPresent() && number >= 1 && number <= node.get().options().size()) {
                String option = node.get().options().get(number - 1).id();
                if (line.majority().tied().contains(option)) {
                    room.breakTie(group, option);
                    return true;
                }
            }
        }
        return false;
    }

    /** The teams' answers by name; the whole room's (key null) is for the projector's distribution only. */
    private static Map<String, Answer> answers(Map<String, GroupAnswer> groups) {
        Map<String, Answer> answers = new HashMap<>();
        groups.forEach((team, group) -> {
            if (team != null) {
                answers.put(team, group.answer());
            }
        });
        return answers;
    }
}
