package org.leaklab.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.image.Image;
import org.leaklab.io.AtomicFileWriter;

/**
 * The one way a file is saved where the user chooses (a picture, a CSV table, the class results):
 * the save dialog (a name typed without the extension gets it), the writing in the background and
 * atomically, the outcome in the status line, a failure also in a dialog naming the file and what
 * to do. Its jobs run on the caller's {@link BackgroundWork}, so the caller's busy flag covers them.
 */
public final class FileExport {
    /**
     * What a kind of file is called, as bundle keys.
     *
     * @param extension    the file name's ending, with the dot: {@code .png}
     * @param chooserTitle the save dialog's title
     * @param fileType     the file type named in the save dialog
     * @param done         the status line once saved; {0} is the file
     * @param failed       the error dialog's title when it could not be saved
     */
    public record Kind(String extension, String chooserTitle, String fileType, String done, String failed) {
        public Kind {
            Objects.requireNonNull(extension);
            Objects.requireNonNull(chooserTitle);
            Objects.requireNonNull(fileType);
            Objects.requireNonNull(done);
            Objects.requireNonNull(failed);
        }
    }

    /** Writes the file; runs in the background. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private final Localization localization;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final BackgroundWork work;

    public FileExport(Localization localization, DialogService dialogs, StatusMessages status, BackgroundWork work) {
        this.localization = Objects.requireNonNull(localization);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.work = Objects.requireNonNull(work);
    }

    /** {@code bytes}, written atomically. */
    public static Content bytes(byte[] bytes) {
        Objects.requireNonNull(bytes);
        return file -> AtomicFileWriter.write(file, bytes);
    }

    /** {@code image} (a snapshot, taken on the JavaFX thread), encoded as PNG in the background and written atomically. */
    public static Content png(Image image) {
        Objects.requireNonNull(image);
        return file -> AtomicFileWriter.write(file, PngWriter.encode(image));
    }

    /** Asks where to save a file of {@code kind}; empty when the user cancels. */
    public Optional<Path> choose(Kind kind, String suggestedName) {
        return dialogs.chooseSaveFile(localization.get(kind.chooserTitle()), suggestedName,
                localization.get(kind.fileType()), "*" + kind.extension())
                .map(file -> withExtension(file, kind.extension()));
    }

    /** Asks where to save a file of {@code kind} and writes it there; nothing happens when the user cancels. */
    public void chooseAndWrite(Kind kind, String suggestedName, java.util.function.Supplier<Content> content) {
        choose(kind, suggestedName).ifPresent(file -> write(file, kind, content.get()));
    }

    /** Writes {@code content} to {@code file} in the background and says how it went. */
    public void write(Path file, Kind kind, Content content) {
        Objects.requireNonNull(file);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(content);
        status.info(localization.get("export.saving", file.getFileName()));
        work.run(() -> {
            content.writeTo(file);
            return file;
        }, written -> status.info(localization.get(kind.done(), written.toAbsolutePath())), failure -> {
            status.warn(localization.get("export.failedStatus", file.getFileName(),
                    FileProblems.reason(failure, localization)));
            dialogs.showError(localization.get(kind.failed()), FileProblems.describe(localization,
                    FileProblems.Subject.EXPORT, FileProblems.of(failure, file)));
        });
    }

    /** {@code file}, with {@code extension} added unless its name ends so already (in any case). */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
