package org.leaklab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.leaklab.classroom.Views.RoomStatus;
import org.junit.jupiter.api.Test;

/** The projector's updates: a burst of changes is coalesced, and the last state always arrives. */
class ThrottledUpdatesTest {
    @Test
    void aQuietRoomIsToldAboutAnywaySoAPhoneThatWentQuietLeavesTheCount() throws Exception {
        Rooms rooms = new Rooms(new RoomSettings(500, java.util.List.of()));
        rooms.join();
        java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(3);
        try (ThrottledUpdates updates = ThrottledUpdates.watch(rooms.room, Duration.ofMillis(1), Duration.ofMillis(20),
                status -> told.countDown())) {
            // No change at all in the room: the refreshes alone tell the projector, again and again.
            assertTrue(told.await(30, java.util.concurrent.TimeUnit.SECONDS), "no refresh of a quiet room");
        }
    }

    @Test
    void aBurstIsCoalescedAndTheLastChangeIsDelivered() throws Exception {
        Rooms rooms = new Rooms(new RoomSettings(500, java.util.List.of()));
        AtomicInteger deliveries = new AtomicInteger();
        try (ThrottledUpdates updates = ThrottledUpdates.watch(rooms.room, Duration.ofHours(1),
                status -> deliveries.incrementAndGet())) {
            for (int i = 0; i < 200; i++) {
                rooms.join();
            }
            // With an hour between updates, the first change goes out at once and the rest wait.
            assertTrue(deliveries.get() <= 1, "delivered " + deliveries.get());
        }
        // What the fast watcher alone delivers: the slow one above may still hand over its last
        // state (200 devices) as it closes.
        AtomicReference<RoomStatus> last = new AtomicReference<>();
        CountDownLatch lastThere = new CountDownLatch(1);
        ThrottledUpdates fast = ThrottledUpdates.watch(rooms.room, Duration.ofMillis(10), status -> {
            last.set(status);
            if (status.devices() == 201) {
                lastThere.countDown();
            }
        });
        rooms.join();
        assertTrue(lastThere.await(10, TimeUnit.SECONDS), "the last change never arrived");
        assertEquals(201, last.get().devices());
        fast.close();
    }
}
