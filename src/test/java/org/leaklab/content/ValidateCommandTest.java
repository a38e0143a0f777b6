package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --validate contract: output lines and exit codes, never a stack trace. */
class ValidateCommandTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void shippedPackIsValid() {
        String pack = Path.of("assets", "cases", "amazon-2018.json").toString();
        assertEquals(0, ValidateCommand.run(List.of(pack), out));
        assertEquals(List.of(pack + ": valid"), lines());
    }

    @Test
    void noFilesIsAUsageError() {
        assertEquals(2, ValidateCommand.run(List.of(), out));
        assertEquals(ValidateCommand.USAGE, lines().get(0));
        assertEquals(2, ValidateCommand.run(null, out));
    }

    @Test
    void oneLinePerProblemAndExitCodeOneIfAnyFileIsInvalid(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(good, PackFixtures.minimalText());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, PackFixtures.minimalText().replace("\"formatVersion\": 1", "\"formatVersion\": 9")
                .replace("\"low\": 80", "\"low\": 8000"));
        int code = ValidateCommand.run(List.of(good.toString(), bad.toString()), out);
        assertEquals(1, code);
        assertEquals(List.of(
                good + ": valid",
                bad + ": $.formatVersion: expected format version 1, found 9 (this LeakLab reads version 1 only)",
                bad + ": $.items[0].price: expected low <= high, found low 8000 > high 2000",
                bad + ": $.scenarios[1]: expected low <= high, found low 8000 > high 2000"), lines());
    }

    @Test
    void warningsAreMarkedAndDoNotMakeAFileInvalid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.json");
        Files.writeString(file, PackFixtures.minimalText().replaceFirst("\\{", "{\"author\": \"me\", "));
        assertEquals(0, ValidateCommand.run(List.of(file.toString()), out));
        assertEquals(List.of(
                file + ": $.author: warning: unknown field \"author\" is ignored (expected one of: \"$schema\", "
                        + "\"attributes\", \"formatVersion\", \"id\", \"items\", \"lessonPlans\", \"lessons\", \"perspectives\", "
                        + "\"roles\", \"scenarios\", \"sources\", \"summary\", ...)",
                file + ": valid"), lines());
    }

    @Test
    void unreadableInputsGiveAClearLineAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        Path garbage = dir.resolve("garbage.json");
        Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        int code = ValidateCommand.run(List.of(missing.toString(), dir.toString(), garbage.toString(), "bad\0name"), out);
        assertEquals(1, code);
        assertEquals(List.of(
                missing + ": $: expected a case pack file, found no such file",
                dir + ": $: expected a case pack file, found a directory",
                garbage + ": $: expected UTF-8 text, found bytes that are not UTF-8",
                "bad\0name: $: expected a file name, found characters no file name can have"), lines());
        String all = buffer.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains("Exception"));
        assertFalse(all.contains("\tat "));
    }
}
