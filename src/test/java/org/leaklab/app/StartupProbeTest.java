package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

class StartupProbeTest {

    @Test
    void processStartIsTheJvmStartWithinClockTickPrecision() {
        long now = System.currentTimeMillis();
        long start = StartupProbe.processStartEpochMillis(now);
        // The test JVM (not the app's runtime) has java.management: the reference value.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        assertTrue(start <= now, "start " + start + " after now " + now);
        // The process exists a little before the JVM records its start; both are ~10 ms exact.
        assertTrue(Math.abs(jvmStart - start) < 500,
                "process start " + start + " vs JVM start " + jvmStart);
    }
}
