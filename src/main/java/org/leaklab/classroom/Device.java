package org.leaklab.classroom;

import java.util.LinkedHashMap;
import java.util.Map;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.Scenario;

/**
 * One device in the room: its token, number, anonymous name, team and what it sent. Mutable and
 * guarded by the room's lock, except {@link #lastSeen}, which the status reads without it.
 */
final class Device {
    final String token;
    final int number;
    AnonymousName name;
    int rerollsLeft = RoomSettings.REROLLS;
    int team = Group.ROOM_INDEX;
    /** Monotonic nanoseconds of the last request; volatile, as "connected" is counted without the lock. */
    volatile long lastSeen;
    /** Answer key ({@link #key}) to what the device sent, oldest first. */
    final Map<String, Kept> answers = new LinkedHashMap<>();

    /** What a device sent to one question: an answer (ranking, estimate, choice) or a story vote. */
    record Kept(Scenario scenario, int step, Answer answer, DecisionOption vote) {
    }

    Device(String token, int number, AnonymousName name, long now) {
        this.token = token;
        this.number = number;
        this.name = name;
        this.lastSeen = now;
    }

    /** The group the device plays a story in: its team, or the whole room. */
    Group group() {
        return team == Group.ROOM_INDEX ? Group.ROOM : new Group(team);
    }

    /** The answer key of {@code scenario}: its id, or for a story step {@code id#step}. */
    static String key(Scenario scenario, int step) {
        return step == 0 ? scenario.id() : scenario.id() + "#" + step;
    }

    boolean connected(long now) {
        return now - lastSeen <= ClassRoom.CONNECTED_WINDOW.toNanos();
    }
}
