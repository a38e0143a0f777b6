package org.leaklab.app.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.stage.Stage;

/**
 * Where start-up time goes, for whoever works on making the app start faster.
 *
 * <p>With {@code -Dleaklab.startupTrace=true} each step of the start prints one line to the
 * error stream:
 * <pre>
 * STARTUP_STEP &lt;ms since the process started&gt; &lt;ms of CPU its thread has used&gt; &lt;step&gt; [&lt;thread&gt;]
 * </pre>
 * The CPU time (Linux only, -1 elsewhere) tells a step's own work from waiting for a busy core,
 * which matters on a machine shared with others. Without the property every call is a read of
 * one static field. docs/DISTRIBUTION.md shows how the figures were used.
 */
public final class StartupTrace {
    static final String PROPERTY = "leaklab.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final Path THREAD_CPU = Path.of("/proc/thread-self/schedstat");
    private static long processStart = -1;

    private StartupTrace() {
    }

    /** Records that {@code step} is done. */
    public static void step(String step) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        synchronized (StartupTrace.class) {
            if (processStart < 0) {
                processStart = StartupProbe.processStartEpochMillis(now);
            }
        }
        System.err.println("STARTUP_STEP " + (now - processStart) + " " + threadCpuMillis() + " " + step
                + " [" + Thread.currentThread().getName() + "]");
    }

    /** Records the end of the layout of the window's first frame. */
    public static void firstFrame(Stage stage) {
        if (!ON) {
            return;
        }
        FirstFrame.afterLayout(stage.getScene(), () -> step("first frame laid out"));
    }

    private static long threadCpuMillis() {
        try {
            // The first field: nanoseconds this thread has run on a CPU.
            String schedstat = Files.readString(THREAD_CPU, StandardCharsets.US_ASCII);
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))) / 1_000_000;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
