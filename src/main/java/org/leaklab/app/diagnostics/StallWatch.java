package org.leaklab.app.diagnostics;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Reports every time the JavaFX application thread is blocked for longer than 50 ms.
 *
 * <p>With {@code -Dleaklab.stallWatch=true} a daemon thread posts a heartbeat to the FX thread
 * every 10 ms and waits for it to run. When a heartbeat waits longer than the threshold, it takes
 * the FX thread's stack trace (the code that is blocking it) and, once the thread is free again,
 * writes one report to stderr:
 * <pre>
 * STALL 180 ms on the FX thread at 2143 ms after the watch started, blocked in:
 *     at org.leaklab.content.CasePackLoader.load(CasePackLoader.java:42)
 *     ...
 * </pre>
 * The first heartbeat waits for the rest of {@code start()} and for JavaFX's own work on the
 * first scene (loading the default stylesheet, the first CSS pass); its report, if any, is marked
 * "start-up" and measures that phase rather than a stall in use.
 * The threshold can be changed with {@code -Dleaklab.stallWatch.ms=<ms>}. Without the property
 * nothing is started. Use it by hand while clicking through the app, or in a UI test run.
 */
public final class StallWatch {
    /** System property that switches the watch on. */
    public static final String PROPERTY = "leaklab.stallWatch";
    /** System property with the threshold in milliseconds (default 50). */
    public static final String THRESHOLD_PROPERTY = "leaklab.stallWatch.ms";

    private static final long HEARTBEAT_MS = 10;
    private static final int STACK_DEPTH = 12;

    private final Thread fxThread;
    private final long thresholdMs;
    private final long startNanos = System.nanoTime();
    /** The first heartbeat can only run once start() has returned and the first scene is up. */
    private boolean firstHeartbeat = true;

    private StallWatch(Thread fxThread, long thresholdMs) {
        this.fxThread = fxThread;
        this.thresholdMs = thresholdMs;
    }

    /** Call once on the FX thread, as early as possible (first line of {@code start}). */
    public static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("StallWatch must be installed on the FX thread");
        }
        long threshold = Long.getLong(THRESHOLD_PROPERTY, 50);
        StallWatch watch = new StallWatch(Thread.currentThread(), threshold);
        Thread watcher = new Thread(watch::watch, "leaklab-stall-watch");
        watcher.setDaemon(true);
        watcher.start();
        System.err.println("STALL_WATCH on: reporting FX thread stalls over " + threshold + " ms");
    }

    private void watch() {
        try {
            while (true) {
                heartbeat();
                Thread.sleep(HEARTBEAT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void heartbeat() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        long posted = System.nanoTime();
        Platform.runLater(ran::countDown);
        boolean startUp = firstHeartbeat;
        firstHeartbeat = false;
        if (ran.await(thresholdMs, TimeUnit.MILLISECONDS)) {
            return;
        }
        // Blocked past the threshold: look at what the FX thread is doing right now.
        StackTraceElement[] stack = fxThread.getStackTrace();
        ran.await();
        long stalledMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted);
        long atMs = TimeUnit.NANOSECONDS.toMillis(posted - startNanos);
        StringBuilder report = new StringBuilder()
                .append("STALL ").append(stalledMs).append(" ms on the FX thread at ")
                .append(atMs).append(" ms after the watch started")
                .append(startUp ? " (start-up: the rest of start() and JavaFX's work on the"
                        + " first scene)" : "")
                .append(", blocked in:");
        for (int i = 0; i < Math.min(stack.length, STACK_DEPTH); i++) {
            report.append(System.lineSeparator()).append("    at ").append(stack[i]);
        }
        System.err.println(report);
    }
}
