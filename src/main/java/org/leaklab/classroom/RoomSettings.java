package org.leaklab.classroom;

import java.util.List;

/**
 * How the teacher set up the room.
 *
 * @param maxDevices most devices that may join (the last join gets {@link Refusal#ROOM_FULL})
 * @param teams      the team names devices choose from; empty for a class without teams
 */
public record RoomSettings(int maxDevices, List<String> teams) {
    /** Devices a room takes unless told otherwise: a large class with a few spare. */
    public static final int DEFAULT_MAX_DEVICES = 120;
    /** Re-rolls of the drawn name each device has. */
    public static final int REROLLS = 2;

    public RoomSettings {
        teams = List.copyOf(teams);
        if (maxDevices < 1 || maxDevices > NamePool.size()) {
            throw new IllegalArgumentException("maxDevices " + maxDevices + " outside 1.." + NamePool.size());
        }
    }

    /** A room without teams that takes {@link #DEFAULT_MAX_DEVICES}. */
    public static RoomSettings defaults() {
        return new RoomSettings(DEFAULT_MAX_DEVICES, List.of());
    }

    public RoomSettings withTeams(List<String> names) {
        return new RoomSettings(maxDevices, names);
    }
}
