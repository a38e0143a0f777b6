package org.leaklab.classroom.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.leaklab.classroom.ClassRoom;

/**
 * The phones' live updates by Server-Sent Events: each stream carries only the room's lifecycle
 * version whenever it changes, and a comment line as heartbeat every 10 s (a write to a dead phone
 * fails and frees it). A stream ends after five minutes (the page reconnects); at most
 * {@value #STREAMS_PER_ADDRESS} per address and a few more than the room's device cap in all.
 */
final class EventStreams {
    private static final long HEARTBEAT_MILLIS = 10_000;
    private static final long STREAM_LIFETIME_MILLIS = 5 * 60_000;
    private static final int STREAMS_PER_ADDRESS = 4;

    private final ClassRoom room;
    private final Map<InetAddress, AtomicInteger> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Object signal = new Object();
    private final Runnable lifecycleListener = this::wakeAll;
    private volatile boolean stopped;

    EventStreams(ClassRoom room) {
        this.room = room;
        room.onLifecycle(lifecycleListener);
    }

    /** Streams open now. */
    int open() {
        return open.get();
    }

    /** Serves one stream to {@code from} until it ends, the phone goes away or the server stops. */
    void serve(HttpExchange exchange, InetAddress from) throws IOException {
        AtomicInteger mine = streams.computeIfAbsent(from, a -> new AtomicInteger());
        if (mine.incrementAndGet() > STREAMS_PER_ADDRESS
                || open.incrementAndGet() > room.settings().maxDevices() + 16) {
            mine.decrementAndGet();
            open.updateAndGet(n -> Math.max(0, n - 1));
            Responses.error(exchange, 429, "too-many-streams");
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long seen = room.lifecycleVersion();
            write(out, "retry: 3000\ndata: " + seen + "\n\n");
            long endAt = System.currentTimeMillis() + STREAM_LIFETIME_MILLIS;
            while (!stopped && System.currentTimeMillis() < endAt) {
                long now;
                synchronized (signal) {
                    now = room.lifecycleVersion();
                    if (now == seen && !stopped) {
                        signal.wait(HEARTBEAT_MILLIS);
                        now = room.lifecycleVersion();
                    }
                }
                if (now != seen) {
                    seen = now;
                    write(out, "data: " + now + "\n\n");
                } else {
                    write(out, ": ping\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.decrementAndGet();
            if (mine.decrementAndGet() <= 0) {
                streams.remove(from, mine);
            }
        }
    }

    /** Ends every stream and forgets the addresses. */
    void stop() {
        stopped = true;
        room.removeListener(lifecycleListener);
        wakeAll();
    }

    /** After the server stopped: no address is kept. */
    void forget() {
        streams.clear();
    }

    private void wakeAll() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
