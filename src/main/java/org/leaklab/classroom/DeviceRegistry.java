package org.leaklab.classroom;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The devices of a room by token (what a phone sends) and by number (what the teacher sees), with
 * the drawing of tokens and unique anonymous names. Not thread-safe; the {@link ClassRoom} guards it.
 */
final class DeviceRegistry {
    private RoomSettings settings;
    private final SecureRandom random;
    private final Map<String, Device> byToken = new HashMap<>();
    private final Map<Integer, Device> byNumber = new LinkedHashMap<>();
    private int nextNumber = 1;

    DeviceRegistry(RoomSettings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    /**
     * A new device with a fresh token and a name nobody in the room has.
     *
     * @throws RefusedException {@link Refusal#ROOM_FULL}
     */
    Device join(long now) {
        if (byToken.size() >= settings.maxDevices()) {
            throw new RefusedException(Refusal.ROOM_FULL);
        }
        AnonymousName name = NamePool.draw(random, takenNames())
                .orElseThrow(() -> new RefusedException(Refusal.ROOM_FULL));
        String token;
        do {
            token = Secrets.deviceToken(random);
        } while (byToken.containsKey(token));
        Device device = new Device(token, nextNumber++, name, now);
        byToken.put(token, device);
        byNumber.put(device.number, device);
        return device;
    }

    /**
     * The device of {@code token}.
     *
     * @throws RefusedException {@link Refusal#UNKNOWN_DEVICE} if there is none
     */
    Device device(String token) {
        Device device = token == null ? null : byToken.get(token);
        if (device == null) {
            throw new RefusedException(Refusal.UNKNOWN_DEVICE);
        }
        return device;
    }

    boolean knows(String token) {
        return token != null && byToken.containsKey(token);
    }

    /** The device draws another name, at most {@link RoomSettings#REROLLS} times. */
    AnonymousName reroll(Device device) {
        if (device.rerollsLeft <= 0) {
            throw new RefusedException(Refusal.NO_REROLLS_LEFT);
        }
        device.name = NamePool.draw(random, takenNames()).orElse(device.name);
        device.rerollsLeft--;
        return device.name;
    }

    /** The device joins team {@code team}, or none with {@link Group#ROOM_INDEX}. */
    void chooseTeam(Device device, int team) {
        if (team != Group.ROOM_INDEX && (team < 0 || team >= settings.teams().size())) {
            throw new RefusedException(Refusal.UNKNOWN_TEAM);
        }
        device.team = team;
    }

    /** The teacher changed the teams: a device whose team is gone plays with the whole room again. */
    void settings(RoomSettings now) {
        settings = now;
        for (Device device : byToken.values()) {
            if (device.team >= now.teams().size()) {
                device.team = Group.ROOM_INDEX;
            }
        }
    }

    void forget(Device device) {
        byToken.remove(device.token);
        byNumber.remove(device.number);
    }

    /** Removes the device with {@code number}, if there is one. */
    Optional<Device> remove(int number) {
        Device device = byNumber.remove(number);
        if (device != null) {
            byToken.remove(device.token);
        }
        return Optional.ofNullable(device);
    }

    /** Every device, in the order they joined. */
    Collection<Device> all() {
        return byNumber.values();
    }

    int size() {
        return byToken.size();
    }

    void clear() {
        byToken.clear();
        byNumber.clear();
    }

    private Set<AnonymousName> takenNames() {
        Set<AnonymousName> taken = new HashSet<>();
        byToken.values().forEach(d -> taken.add(d.name));
        return taken;
    }
}
