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
    void streamedContentIsWrittenWithABackup() throws IOException {
        Path target = folder.resolve("out.txt");
        AtomicFileWriter.write(target, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(target, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(target));
        assertEquals("one", Files.readString(AtomicFileWriter.backupOf(target)));
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
        assertEquals("old", Files.readString(AtomicFileWriter.backupOf(target)), "the backup is not rotated either");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList());
        }
    }
}
