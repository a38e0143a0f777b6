package org.leaklab.classroom;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.leaklab.classroom.Views.RoomStatus;

/**
 * Tells the projector about the room at most once per interval, however fast answers stream in:
 * changes in between are coalesced, and the status is taken when it is delivered, so the last
 * change is never lost. The first change after a quiet spell is delivered at once. Delivery runs on
 * one daemon thread of its own; the presenter hands the status to its UI thread from there.
 */
public final class ThrottledUpdates implements AutoCloseable {
    private final ClassRoom room;
    private final long intervalNanos;
    private final Consumer<RoomStatus> listener;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable onChange = this::changed;
    private volatile long lastDelivery = Long.MIN_VALUE / 2;
    private volatile boolean closed;

    private ThrottledUpdates(ClassRoom room, Duration interval, Consumer<RoomStatus> listener) {
        this.room = Objects.requireNonNull(room);
        this.intervalNanos = interval.toNanos();
        this.listener = Objects.requireNonNull(listener);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "leaklab-class-updates");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts telling {@code listener} about {@code room}, at most once per {@code interval}
     * (250 ms gives the projector four updates a second). Close it when the view goes.
     */
    public static ThrottledUpdates watch(ClassRoom room, Duration interval, Consumer<RoomStatus> listener) {
        return watch(room, interval, QUIET_REFRESH, listener);
    }

    /**
     * A quiet room is told about anyway this often: a phone that went quiet leaves the count of
     * connected devices without waiting for the next change in the room.
     */
    public static final Duration QUIET_REFRESH = Duration.ofSeconds(5);

    /** As {@link #watch(ClassRoom, Duration, Consumer)}, told about a quiet room every {@code quiet}. */
    public static ThrottledUpdates watch(ClassRoom room, Duration interval, Duration quiet, Consumer<RoomStatus> listener) {
        ThrottledUpdates updates = new ThrottledUpdates(room, interval, listener);
        room.onChange(updates.onChange);
        updates.timer.scheduleWithFixedDelay(updates::changed, quiet.toNanos(), quiet.toNanos(), TimeUnit.NANOSECONDS);
        return updates;
    }

    private void changed() {
        if (closed || !pending.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, lastDelivery + intervalNanos - System.nanoTime());
        timer.schedule(this::deliver, wait, TimeUnit.NANOSECONDS);
    }

    private void deliver() {
        // The time first: a change that arrives once pending is cleared must already see this
        // delivery and wait its interval, or a burst could go out twice at once. A change before
        // pending is cleared is in the status read below.
        lastDelivery = System.nanoTime();
        pending.set(false);
        if (closed) {
            return;
        }
        listener.accept(room.status());
    }

    @Override
    public void close() {
        closed = true;
        room.removeListener(onChange);
        timer.shutdownNow();
    }
}
