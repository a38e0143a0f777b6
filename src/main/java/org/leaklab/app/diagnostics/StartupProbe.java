package org.leaklab.app.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * Measures how long the app takes to show its first frame, for {@code bench/startup.sh}.
 *
 * <p>With {@code -Dleaklab.startupProbe=true} it prints, on the first pulse after the main
 * window shows,
 * <pre>
 * FIRST_FRAME_MS=&lt;ms since the JVM process started&gt;
 * FIRST_FRAME_EPOCH_MS=&lt;System.currentTimeMillis()&gt;
 * FIRST_FRAME_CPU_MS=&lt;CPU time all threads of the process have used by then&gt;
 * </pre>
 * and exits a few pulses later, once that frame has been rendered. Without the property it
 * does nothing and loads nothing. The CPU time tells the work done from the waiting for a core,
 * which on a shared build machine can be most of the first figure. It avoids {@code java.management} (the usual source of the
 * JVM start time) so that the packaged runtime does not need that module.
 */
public final class StartupProbe {
    /** System property that switches the probe on. */
    public static final String PROPERTY = "leaklab.startupProbe";

    /** Pulses to wait after the first one, so the first frame is painted before we exit. */
    private static final int PULSES_BEFORE_EXIT = 3;

    private StartupProbe() {
    }

    /** Call once, right after {@code stage.show()} of the main window. */
    public static void installIfRequested(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // After CSS and layout of the first pulse: the first frame is complete and goes to the
        // render thread next.
        FirstFrame.afterLayout(stage.getScene(), () -> {
            long epochMs = System.currentTimeMillis();
            long startMs = processStartEpochMillis(epochMs);
            System.out.println("FIRST_FRAME_MS=" + (epochMs - startMs));
            System.out.println("FIRST_FRAME_EPOCH_MS=" + epochMs);
            ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu ->
                    System.out.println("FIRST_FRAME_CPU_MS=" + cpu.toMillis()));
            System.out.flush();
        });
        // A running timer keeps pulses coming, so the exit below happens a few frames later.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses > PULSES_BEFORE_EXIT) {
                    stop();
                    // System.exit also makes a training run write its AppCDS archive.
                    System.exit(0);
                }
            }
        }.start();
    }

    /**
     * When this JVM process started, in epoch milliseconds.
     *
     * <p>On Linux {@code ProcessHandle.Info.startInstant()} adds the process start ticks to the
     * boot time from {@code /proc/stat}, which has whole-second precision, so it can be off by up
     * to a second. The process age from {@code /proc/self/stat} and {@code /proc/uptime} is exact
     * to a clock tick (10 ms), so Linux uses that; other systems report the start time exactly.
     */
    static long processStartEpochMillis(long nowEpochMs) {
        OptionalLong ageMs = linuxProcessAgeMillis();
        if (ageMs.isPresent()) {
            return nowEpochMs - ageMs.getAsLong();
        }
        return ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli)
                .orElse(nowEpochMs);
    }

    private static OptionalLong linuxProcessAgeMillis() {
        Path stat = Path.of("/proc/self/stat");
        Path uptime = Path.of("/proc/uptime");
        if (!Files.isReadable(stat) || !Files.isReadable(uptime)) {
            return OptionalLong.empty();
        }
        try {
            String statLine = Files.readString(stat, StandardCharsets.US_ASCII);
            // Field 22 (starttime, in clock ticks since boot) counted after the ")" that ends
            // the command name, which may itself contain spaces.
            String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            String up = Files.readString(uptime, StandardCharsets.US_ASCII).split(" ")[0];
            long uptimeMs = Math.round(Double.parseDouble(up) * 1000);
            long clockTicksPerSecond = 100; // USER_HZ, fixed at 100 in the Linux user ABI
            return OptionalLong.of(uptimeMs - startTicks * 1000 / clockTicksPerSecond);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
