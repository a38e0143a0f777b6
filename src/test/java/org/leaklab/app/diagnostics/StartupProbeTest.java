package org.leaklab.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @Test
    void processStartIsBeforeNowAndAgreesWithProcessHandle() {
        long now = System.currentTimeMillis();
        long start = StartupProbe.processStartEpochMillis(now);
        // ProcessHandle is exact on Windows and macOS, within a second on Linux (see the probe).
        long reference = ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli).orElse(start);

        assertTrue(start <= now, "start " + start + " after now " + now);
        assertTrue(now - start < 30 * 60_000, "test JVM started " + (now - start) + " ms ago?");
        assertTrue(Math.abs(reference - start) <= 1_500,
                "probe " + start + " vs ProcessHandle " + reference);
    }
}
