package org.leaklab.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.classroom.QuestionLifecycle.Question;
import org.leaklab.classroom.Views.QuestionStatus;
import org.leaklab.classroom.Views.RoomReport;
import org.leaklab.classroom.Views.RoomStatus;
import org.leaklab.model.Answer;

/**
 * The room as it stood after one change, immutable: the {@link ClassRoom} publishes a new one at
 * the end of every change, inside its lock, and the projector's {@link ClassRoom#status()} reads
 * the latest without taking the lock, so it never waits behind a burst of answers. Taking it costs
 * one pass over the devices; the tallies are made from it outside the lock, once per snapshot, by
 * the first reader that asks. Only "connected" is read live: from each device's volatile
 * {@link Device#lastSeen}.
 */
final class RoomSnapshot {
    private final long version;
    private final String code;
    private final boolean locked;
    /** The devices, read only for {@link Device#lastSeen}. */
    private final List<Device> devices;
    private final int answersHeld;
    private final OpenQuestion question;
    /** The open question's status, made by the first reader; null until then. */
    private volatile Optional<QuestionStatus> status;

    /** What the status needs of the open question, copied out of the room's mutable state. */
    private record OpenQuestion(int seq, ScenarioRules rules, Phase phase, int answered, List<Answer> answers,
                                StoryProgress story, List<StoryRules.Ballot> ballots) {
        QuestionStatus status() {
            if (rules instanceof AnsweredRules answered) {
                return new QuestionStatus(seq, rules.scenario(), phase, answers.size(), answered.tally(answers),
                        List.of(), false);
            }
            return new QuestionStatus(seq, rules.scenario(), phase, answered, StoryRules.tally(story, ballots),
                    List.copyOf(story.ties().keySet()), story.finished());
        }
    }

    private RoomSnapshot(long version, String code, boolean locked, List<Device> devices, int answersHeld,
                         OpenQuestion question) {
        this.version = version;
        this.code = code;
        this.locked = locked;
        this.devices = devices;
        this.answersHeld = answersHeld;
        this.question = question;
    }

    /** The snapshot of the room's state now; called inside the room's lock. */
    static RoomSnapshot of(long version, String code, boolean locked, Collection<Device> devices,
                           Optional<Question> open) {
        int held = devices.stream().mapToInt(d -> d.answers.size()).sum();
        OpenQuestion question = open.map(q -> {
            String key = q.key();
            List<Device.Kept> kept = devices.stream().map(d -> d.answers.get(key)).filter(Objects::nonNull).toList();
            if (q.story == null) {
                return new OpenQuestion(q.seq, q.rules, q.phase, kept.size(), kept.stream().map(Device.Kept::answer).toList(),
                        null, List.of());
            }
            // The votes count while the step is open or closed; once revealed, the story has moved on.
            List<StoryRules.Ballot> ballots = q.phase == Phase.REVEALED ? List.of() : QuestionLifecycle.ballots(q, devices);
            return new OpenQuestion(q.seq, q.rules, q.phase, kept.size(), List.of(), q.story.copy(), ballots);
        }).orElse(null);
        return new RoomSnapshot(version, code, locked, List.copyOf(devices), held, question);
    }

    boolean locked() {
        return locked;
    }

    /** What the projector shows, with "connected" counted at {@code now}. */
    RoomStatus status(long now) {
        int connected = (int) devices.stream().filter(d -> d.connected(now)).count();
        return new RoomStatus(version, code, locked, devices.size(), connected, questionStatus());
    }

    RoomReport report() {
        return new RoomReport(devices.size(), answersHeld);
    }

    private Optional<QuestionStatus> questionStatus() {
        Optional<QuestionStatus> made = status;
        if (made == null) {
            // Two readers at once may both make it; they make the same, from the same immutable state.
            made = Optional.ofNullable(question).map(OpenQuestion::status);
            status = made;
        }
        return made;
    }
}
