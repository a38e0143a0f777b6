package org.leaklab.classroom;

import java.util.List;
import java.util.Optional;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;

/** The read-only snapshots the {@link ClassRoom} hands out: to a phone, to the projector, to "what we know". */
public final class Views {
    private Views() {
    }

    /**
     * What one phone shows.
     *
     * @param number      the device's number in this room (for the teacher's list, not secret)
     * @param name        its anonymous name
     * @param rerollsLeft how often it may draw another name
     * @param team        its team's index, or -1
     * @param teams       the team names to choose from; empty without teams
     * @param version     the room's lifecycle version this view belongs to
     * @param question    the question on the projector, if any
     */
    public record DeviceView(int number, AnonymousName name, int rerollsLeft, int team, List<String> teams,
                             long version, Optional<QuestionView> question) {
        public DeviceView {
            teams = List.copyOf(teams);
        }
    }

    /**
     * The open question as one device sees it.
     *
     * @param seq       the question's number; answers must name it
     * @param scenario  the scenario asked
     * @param phase     open, closed or revealed
     * @param answer    this device's answer (ranking, estimate, choice), if it gave one
     * @param story     for a decision story: this device's group's step
     * @param result    after the reveal: this device's score and why, from the app's scorer
     */
    public record QuestionView(int seq, Scenario scenario, Phase phase, Optional<Answer> answer,
                               Optional<StoryView> story, Optional<ScoreResult> result) {
    }

    /**
     * A decision story as one device's group plays it.
     *
     * @param step     the step, 1 for the first decision
     * @param node     the node to vote on; empty when the story has ended for the group
     * @param vote     this device's vote at this step, if any
     * @param decided  after the reveal of a step: the option the group's majority (or the teacher) chose
     * @param ended    whether the group's story reached its ending
     */
    public record StoryView(int step, Optional<DecisionNode> node, Optional<String> vote,
                            Optional<DecisionOption> decided, boolean ended) {
    }

    /**
     * The projector's view of the room.
     *
     * @param version   goes up with every change
     * @param code      the room code
     * @param locked    whether joining is closed
     * @param devices   devices in the room
     * @param connected devices heard from within {@link ClassRoom#CONNECTED_WINDOW}
     * @param question  the open question's status, if any
     */
    public record RoomStatus(long version, String code, boolean locked, int devices, int connected,
                             Optional<QuestionStatus> question) {
    }

    /**
     * The open question on the projector: "23 of 27" and the class's tally.
     *
     * @param seq        the question's number
     * @param scenario   the scenario asked
     * @param phase      open, closed or revealed
     * @param answered   devices that answered (voted at this step, for a story)
     * @param tally      the aggregate of the answers
     * @param ties       for a revealed story step: the groups whose tie the teacher has to break
     * @param finished   for a story: every group reached its ending
     */
    public record QuestionStatus(int seq, Scenario scenario, Phase phase, int answered, Tally tally,
                                 List<Group> ties, boolean finished) {
        public QuestionStatus {
            ties = List.copyOf(ties);
        }
    }

    /** One device on the teacher's list (to remove it): number, name, team (-1 for none). */
    public record DeviceLine(int number, AnonymousName name, int team, boolean connected) {
    }

    /**
     * Everything the laptop holds about one device: "What LeakLab knows about you".
     *
     * @param name    its anonymous name
     * @param team    its team's name, if it chose one
     * @param answers its answers, oldest first
     */
    public record DeviceReport(AnonymousName name, Optional<String> team, List<KeptAnswer> answers) {
        public DeviceReport {
            answers = List.copyOf(answers);
        }
    }

    /**
     * One answer as it is kept.
     *
     * @param scenario the scenario answered
     * @param step     0, or for a story the step voted at
     * @param answer   the answer, for a ranking, estimate or choice
     * @param vote     the option voted for, for a story
     */
    public record KeptAnswer(Scenario scenario, int step, Optional<Answer> answer, Optional<DecisionOption> vote) {
    }

    /**
     * Everything the laptop holds about the room, for the projector: "27 anonymous names, 27 answers,
     * no personal data".
     *
     * @param devices anonymous names held
     * @param answers answers and votes held
     */
    public record RoomReport(int devices, int answers) {
    }
}
