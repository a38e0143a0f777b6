package org.leaklab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterStreamTest {
    @TempDir
    Path folder;

    @Test
    void streamedContentReplacesTheFile() throws IOException {
        Path target = folder.resolve("out.txt");
        AtomicFileWriter.write(target, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(target, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void theStepBeforeReplacingRunsOnceTheContentIsWrittenAndCanStopIt() throws IOException {
        Path target = folder.resolve("out.txt");
        AtomicFileWriter.write(target, "current");
        List<String> seen = new java.util.ArrayList<>();
        IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target,
                out -> out.write("new".getBytes(StandardCharsets.UTF_8)), () -> {
                    seen.add(Files.readString(target));
                    throw new IOException("no room for the backup");
                }));
        assertEquals("no room for the backup", failure.getMessage());
        assertEquals(List.of("current"), seen, "it runs before the target is replaced");
        assertEquals("current", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void aWriterThatFailsHalfWayChangesNothing() throws IOException {
        Path target = folder.resolve("out.txt");
        AtomicFileWriter.write(target, "old");
        AtomicFileWriter.write(target, "current");
        IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half of the new ver".getBytes(StandardCharsets.UTF_8));
            throw new IOException("power cut");
        }));
        assertEquals("power cut", failure.getMessage());
        assertEquals("current", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList());
        }
    }
}
