package org.leaklab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesOverAnExistingFileAndLeavesNothingBesideIt() throws IOException {
        Path target = folder.resolve("sub/results.csv");
        AtomicFileWriter.write(target, "first");
        assertEquals("first", Files.readString(target));
        AtomicFileWriter.write(target, "second");
        assertEquals("second", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no backup and no temp file beside an export");
        }
    }

    @Test
    void leftoversOfACrashAreRemovedAndTheTargetIsUntouched() throws IOException {
        Path target = folder.resolve("results.json");
        AtomicFileWriter.write(target, "good");
        // A crash between creating the temp file and moving it leaves this behind:
        Path leftover = folder.resolve(".results.json-123" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(leftover, "half wri");
        assertEquals(List.of(leftover), AtomicFileWriter.removeLeftovers(folder));
        assertFalse(Files.exists(leftover));
        assertEquals("good", Files.readString(target));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = folder.resolve("locked");
        Files.createDirectories(target.resolve("child")); // a non-empty directory cannot be replaced
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, "new"));
        assertTrue(Files.isDirectory(target.resolve("child")));
        assertEquals(List.of(), temporaryFiles(folder));
    }

    @Test
    void noFolderMeansNothingToClean() throws IOException {
        assertEquals(List.of(), AtomicFileWriter.removeLeftovers(folder.resolve("missing")));
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList();
        }
    }
}
