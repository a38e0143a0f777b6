package org.leaklab.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file saved where the user chooses goes the same way: chosen, written atomically, reported alike. */
class FileExportTest {
    private static final FileExport.Kind CSV = new FileExport.Kind(".csv", "history.export.title",
            "history.export.filter", "history.export.done", "history.export.failed");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final StatusMessages status = new StatusMessages();
    private final BackgroundWork work = new BackgroundWork(Runnable::run, Runnable::run);
    private final FileExport export = new FileExport(new Localization(Locale.ENGLISH), dialogs, status, work);

    @Test
    void aNameTypedWithoutTheExtensionGetsItInAnyCaseItIsNotAddedTwice() {
        assertEquals(Path.of("/tmp/lesson.csv"), FileExport.withExtension(Path.of("/tmp/lesson"), ".csv"));
        assertEquals(Path.of("/tmp/Class 7b.PNG"), FileExport.withExtension(Path.of("/tmp/Class 7b.PNG"), ".png"));
    }

    @Test
    void theChosenFileIsWrittenAndNamedInTheStatusLine() throws IOException {
        dialogs.nextFile = Optional.of(folder.resolve("lesson"));
        export.chooseAndWrite(CSV, "suggested.csv", () -> FileExport.bytes(new byte[] {1, 2, 3}));
        Path written = folder.resolve("lesson.csv");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(written));
        assertEquals("Exported to " + written.toAbsolutePath(), status.messageProperty().get());
        assertEquals(List.of(), dialogs.shown);
        assertFalse(work.isBusy());
    }

    @Test
    void cancellingWritesNothingAndAsksForNoContent() {
        dialogs.nextFile = Optional.empty();
        export.chooseAndWrite(CSV, "suggested.csv", () -> {
            throw new AssertionError("no content is made for a cancelled export");
        });
        assertEquals("", status.messageProperty().get());
    }

    @Test
    void aFailureIsShownOnceInADialogAndTheStatusLine() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("lesson.csv");
        export.write(target, CSV, FileExport.bytes(new byte[] {1}));
        assertEquals(1, dialogs.shown.size());
        assertEquals("The CSV file could not be written", dialogs.shown.get(0).title());
        assertTrue(dialogs.shown.get(0).message().contains(blocker.toString()), dialogs.shown.get(0).message());
        assertTrue(status.warningProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Not saved: lesson.csv ("), status.messageProperty().get());
        assertFalse(work.isBusy());
    }
}
