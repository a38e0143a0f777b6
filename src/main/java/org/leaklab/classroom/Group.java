package org.leaklab.classroom;

/**
 * Who plays a decision story together: the whole room, or one team.
 *
 * @param team the team's index in the room's team list, or {@link #ROOM_INDEX} for the whole room
 */
public record Group(int team) {
    /** The index that stands for the whole room. */
    public static final int ROOM_INDEX = -1;
    /** The whole room (every device without a team). */
    public static final Group ROOM = new Group(ROOM_INDEX);

    public boolean isRoom() {
        return team == ROOM_INDEX;
    }
}
