package org.leaklab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line options that run without a window. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsStartTheWindow() {
        assertEquals(-1, run());
        assertEquals(-1, run("--presenter"));
    }

    @Test
    void validateReportsEachFile(@TempDir Path dir) throws IOException {
        Path good = Path.of("assets/cases/amazon-2018.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": ");
        assertEquals(0, run("--validate", good.toString()));
        assertEquals(good + ": valid", out().strip());
        out.reset();
        assertEquals(1, run("--validate", good.toString(), bad.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(good + ": valid", lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ": $"), lines.get(1));
        assertFalse(out().contains("Exception"), "no stack traces");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertEquals(2, run("--validate"));
        assertTrue(out().startsWith("usage:"));
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --frobnicate"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("--validate FILE..."));
        out.reset();
        assertEquals(0, run("--version"));
        assertEquals("LeakLab 0.1.0", out().strip());
    }
}
