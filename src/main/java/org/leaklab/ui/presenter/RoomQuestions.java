package org.leaklab.ui.presenter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.GroupAnswer;
import org.leaklab.model.Answer;
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
 * <p>Decision stories are not asked on the devices from here yet: the devices wait on them.
 * Call everything on the JavaFX thread; the room's calls are short and thread-safe.
 */
final class RoomQuestions {
    private final ClassNetworkViewModel network;
    private final TeamGame teams;
    private ClassRoom room;
    private String asked;
    private boolean revealedThere;

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
        Optional<Scenario> asking = onSlide.filter(s -> !(s instanceof DecisionScenario));
        if (asking.isEmpty()) {
            if (asked != null) {
                room.clearQuestion();
                asked = null;
                revealedThere = false;
            }
            return;
        }
        Scenario scenario = asking.get();
        if (!scenario.id().equals(asked) || (revealedThere && !revealed)) {
            room.open(scenario);
            asked = scenario.id();
            revealedThere = false;
        }
        if (revealed && !revealedThere) {
            room.reveal();
            revealedThere = true;
            teams.recordFromDevices(scenario, answers(room.groupAnswers(scenario)));
        }
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
