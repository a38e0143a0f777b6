package org.leaklab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@link BackedUpFile}: rotation, the largest generation kept, healing, and typed problems. */
class BackedUpFileTest {
    private static final Instant NOW = Instant.parse("2024-03-05T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("UTC"));

    @TempDir
    Path folder;

    /** A file whose good content starts with "ok:"; anything else is damaged. */
    private BackedUpFile<String> file(int generations) {
        return new BackedUpFile<>(folder.resolve("results.json"), generations, 1024, text -> {
            if (!text.startsWith("ok:")) {
                throw new IllegalArgumentException("damaged");
            }
            return text;
        }, CLOCK);
    }

    private static void write(BackedUpFile<String> file, String text) throws IOException {
        file.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path);
    }

    @Test
    void theFirstWriteHasNoBackupAndEachLaterOneKeepsTheVersionItReplaces() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        assertEquals(List.of(), file.backups());
        Files.setLastModifiedTime(file.file(), FileTime.from(Instant.parse("2024-01-10T08:00:00Z")));
        write(file, "ok:2");
        assertEquals("ok:2", read(file.file()));
        assertEquals(List.of(file.backup(1)), file.backups());
        assertEquals("ok:1", read(file.backup(1)));
        assertEquals(Instant.parse("2024-01-10T08:00:00Z"), Files.getLastModifiedTime(file.backup(1)).toInstant(),
                "a backup keeps the time its version was saved");
    }

    @Test
    void atMostTheGivenNumberOfGenerationsIsKeptNewestFirst() throws IOException {
        BackedUpFile<String> file = file(3);
        for (int i = 1; i <= 7; i++) {
            write(file, "ok:" + i);
        }
        assertEquals("ok:7", read(file.file()));
        assertEquals(List.of(file.backup(1), file.backup(2), file.backup(3)), file.backups());
        assertEquals(List.of("ok:6", "ok:5", "ok:4"), List.of(read(file.backup(1)), read(file.backup(2)),
                read(file.backup(3))));
        assertEquals(List.of(), temporaryFiles(), "no temporary file is left");
    }

    @Test
    void aSmallerFileNeverPushesOutTheLargestGeneration() throws IOException {
        BackedUpFile<String> file = file(3);
        String full = "ok:twelve lessons of a whole school year";
        write(file, full);
        for (int i = 1; i <= 6; i++) {
            write(file, "ok:" + i); // after the history was lost: one small lesson at a time
        }
        assertEquals("ok:6", read(file.file()));
        assertEquals("ok:5", read(file.backup(1)));
        assertEquals("ok:4", read(file.backup(2)));
        assertEquals(full, read(file.backup(3)), "the full version holds the last place");
    }

    @Test
    void theRuleOnItsOwn() {
        assertEquals(List.of(5L, 5L, 5L), BackedUpFile.keptVersions(List.of(5L, 5L, 5L, 5L), 3, v -> v),
                "equal sizes: the oldest goes");
        assertEquals(List.of(1L, 1L, 9L), BackedUpFile.keptVersions(List.of(1L, 1L, 1L, 9L), 3, v -> v),
                "the largest takes the place of the oldest that would stay");
        assertEquals(List.of(1L, 9L, 1L), BackedUpFile.keptVersions(List.of(1L, 9L, 1L, 1L, 1L), 3, v -> v),
                "the largest is kept anyway: nothing beyond is larger");
        assertEquals(List.of(1L, 1L, 9L), BackedUpFile.keptVersions(List.of(1L, 1L, 1L, 8L, 9L), 3, v -> v));
        assertEquals(List.of(9L), BackedUpFile.keptVersions(List.of(1L, 9L), 1, v -> v),
                "with one generation, a smaller current version does not replace the larger backup");
        assertEquals(List.of(2L, 1L), BackedUpFile.keptVersions(List.of(2L, 1L), 3, v -> v));
    }

    @Test
    void aDamagedFileIsKeptAsideAndNeverBecomesABackup() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        write(file, "ok:2");
        Files.writeString(file.file(), "{\"format\": \"leaklab-class-res"); // truncated behind LeakLab's back
        write(file, "ok:3");
        assertEquals("ok:3", read(file.file()));
        assertEquals(List.of(file.backup(1)), file.backups());
        assertEquals("ok:1", read(file.backup(1)), "the damaged version did not push the good one along");
        Path kept = folder.resolve("results.json" + BackedUpFile.DAMAGED_SUFFIX + "20240305-091500");
        assertEquals("{\"format\": \"leaklab-class-res", read(kept));
    }

    @Test
    void readingADamagedFileRestoresTheNewestGoodBackupAndSaysFromWhen() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        write(file, "ok:2");
        write(file, "ok:3");
        Instant saved = Instant.parse("2024-02-01T07:30:00Z");
        Files.setLastModifiedTime(file.backup(2), FileTime.from(saved));
        Files.writeString(file.file(), "ok"); // truncated
        Files.writeString(file.backup(1), "garbage"); // and the newest backup damaged too

        BackedUpFile.Read<String> read = file.read();
        assertEquals(Optional.of("ok:1"), read.content());
        FileProblem problem = read.problem().orElseThrow();
        assertEquals(FileProblem.Kind.RESTORED, problem.kind());
        assertEquals(file.file(), problem.file());
        assertEquals(NOW, problem.at());
        assertEquals(Optional.of(saved), problem.restoredVersion(), "the restored copy's own time");
        assertEquals("ok", read(problem.keptAs().orElseThrow()), "the damaged file is kept unchanged");
        assertEquals("ok:1", read(file.file()), "the file itself is repaired");
        assertEquals(Optional.empty(), file.read().problem(), "and reads well from now on");
    }

    @Test
    void theSingleBackupOfEarlierVersionsHealsTooAndSurvivesTheNextWrites() throws IOException {
        BackedUpFile<String> file = file(3);
        Files.writeString(file.file(), "ok"); // truncated
        Path legacy = folder.resolve("results.json" + BackedUpFile.LEGACY_BACKUP_SUFFIX);
        Files.writeString(legacy, "ok:the lessons");
        BackedUpFile.Read<String> read = file.read();
        assertEquals(Optional.of("ok:the lessons"), read.content());
        assertEquals(FileProblem.Kind.RESTORED, read.problem().orElseThrow().kind());
        write(file, "ok:the lessons and one more");
        write(file, "ok:the lessons and two more");
        assertTrue(file.backups().stream().anyMatch(b -> {
            try {
                return read(b).equals("ok:the lessons");
            } catch (IOException e) {
                return false;
            }
        }), "two saves later the restored generation is still there");
    }

    @Test
    void theNextWriteTakesTheOldBackupIntoTheGenerations() throws IOException {
        BackedUpFile<String> file = file(3);
        Files.writeString(file.file(), "ok:current");
        Path legacy = folder.resolve("results.json" + BackedUpFile.LEGACY_BACKUP_SUFFIX);
        Files.writeString(legacy, "ok:older");
        write(file, "ok:new");
        assertFalse(Files.exists(legacy));
        assertEquals("ok:current", read(file.backup(1)));
        assertEquals("ok:older", read(file.backup(2)));
    }

    @Test
    void withoutAGoodBackupTheDamagedFileIsKeptAsideAndNothingIsReturned() throws IOException {
        BackedUpFile<String> file = file(3);
        Files.writeString(file.file(), "garbage");
        BackedUpFile.Read<String> read = file.read();
        assertEquals(Optional.empty(), read.content());
        FileProblem problem = read.problem().orElseThrow();
        assertEquals(FileProblem.Kind.DAMAGED, problem.kind());
        assertEquals("garbage", read(problem.keptAs().orElseThrow()));
        assertFalse(Files.exists(file.file()));
        assertEquals(Optional.empty(), problem.restoredVersion());
    }

    @Test
    void aMissingFileIsNotDamageAndRestoresNothing() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        write(file, "ok:2");
        Files.delete(file.file());
        assertEquals(new BackedUpFile.Read<String>(Optional.empty(), Optional.empty()), file.read());
        assertFalse(Files.exists(file.file()));
    }

    @Test
    void textThatIsNotUtf8OrTooLargeIsDamage() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:good");
        write(file, "ok:good too");
        Files.write(file.file(), new byte[] {'o', 'k', ':', (byte) 0xC3, (byte) 0x28});
        assertEquals(FileProblem.Kind.RESTORED, file.read().problem().orElseThrow().kind());
        Files.writeString(file.file(), "ok:" + "x".repeat(2000));
        assertEquals(Optional.of("ok:good"), file.read().content(), "larger than the limit of 1024 bytes");
    }

    @Test
    void gapsLeftByAnInterruptedRotationAreClosed() throws IOException {
        BackedUpFile<String> file = file(3);
        Files.writeString(file.file(), "ok:current");
        Files.writeString(file.backup(1), "ok:one");
        Files.writeString(file.backup(4), "ok:four");
        write(file, "ok:new");
        assertEquals(List.of(file.backup(1), file.backup(2), file.backup(3)), file.backups());
        assertEquals(List.of("ok:current", "ok:one", "ok:four"),
                List.of(read(file.backup(1)), read(file.backup(2)), read(file.backup(3))));
    }

    @Test
    void aWriteThatFailsChangesNeitherTheFileNorItsBackups() throws IOException {
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        write(file, "ok:2");
        FileProblemException failure = assertThrows(FileProblemException.class, () -> file.write(out -> {
            out.write("ok:half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals(FileProblem.Kind.DISK_FULL, failure.problem().kind());
        assertEquals("ok:2", read(file.file()));
        assertEquals(List.of(file.backup(1)), file.backups());
        assertEquals("ok:1", read(file.backup(1)));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAFolderLeakLabCannotWriteTo() throws IOException {
        Path occupied = Files.writeString(folder.resolve("leaklab"), "a file, not a folder");
        BackedUpFile<String> file = new BackedUpFile<>(occupied.resolve("results.json"), 3, 1024, t -> t, CLOCK);
        FileProblemException failure = assertThrows(FileProblemException.class, () -> write(file, "ok:1"));
        assertEquals(FileProblem.Kind.NOT_WRITABLE, failure.problem().kind());
        assertEquals(occupied.resolve("results.json"), failure.problem().file());
        assertEquals(occupied, failure.problem().folder());
        assertEquals(NOW, failure.problem().at());
    }

    @Test
    void aReadOnlyFolderIsReportedAsSuchNamingTheFileNotTheTemporaryOne() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write to read-only folders");
        BackedUpFile<String> file = file(3);
        write(file, "ok:1");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            FileProblemException failure = assertThrows(FileProblemException.class, () -> write(file, "ok:2"));
            assertEquals(FileProblem.Kind.NOT_WRITABLE, failure.problem().kind());
            assertEquals(file.file(), failure.problem().file());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals("ok:1", read(file.file()));
    }

    @Test
    void failuresAreSortedByWhatTheUserCanDo() {
        // A read-only folder, as Java reports it: the exception names the temporary file.
        assertEquals(FileProblem.Kind.NOT_WRITABLE,
                FileProblem.writeKind(new AccessDeniedException("/data/leaklab/.results.json-4711.tmp")));
        assertEquals(FileProblem.Kind.NOT_WRITABLE,
                FileProblem.writeKind(new FileSystemException("/media/stick/x", null, "Read-only file system")));
        assertEquals(FileProblem.Kind.NOT_WRITABLE, FileProblem.writeKind(new FileAlreadyExistsException("/data")));
        assertEquals(FileProblem.Kind.DISK_FULL, FileProblem.writeKind(new IOException("No space left on device")));
        assertEquals(FileProblem.Kind.DISK_FULL,
                FileProblem.writeKind(new IOException("There is not enough space on the disk")));
        assertEquals(FileProblem.Kind.NOT_WRITABLE,
                FileProblem.writeKind(new java.io.UncheckedIOException(new AccessDeniedException("x"))));
        assertEquals(FileProblem.Kind.WRITE_FAILED, FileProblem.writeKind(new IOException("Input/output error")));
    }

    @Test
    void atLeastOneGenerationIsKept() {
        assertThrows(IllegalArgumentException.class, () -> file(0));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList();
        }
    }
}
