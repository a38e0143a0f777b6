package org.leaklab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a file so that a crash or a full disk never leaves it half-written: the content goes
 * to a temporary file in the same folder, is forced to disk, and is moved over the target in one
 * atomic step. It keeps no copy of the previous version, so an export written over an existing
 * file leaves nothing beside it; LeakLab's own files keep their backups through
 * {@link BackedUpFile}.
 */
public final class AtomicFileWriter {
    /** Suffix of the temporary files; {@link #removeLeftovers(Path)} cleans them up. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Produces the content of a file by writing it to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}; an exception abandons the write. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Work done once the new content is safely on disk, just before it replaces the target. */
    @FunctionalInterface
    public interface BeforeReplace {
        /** Runs before the move; an exception abandons the write, leaving the target as it was. */
        void run() throws IOException;
    }

    /**
     * Writes what {@code content} produces to {@code target} atomically. If {@code content} fails
     * part-way, the target stays as it was and the temporary file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, () -> { });
    }

    /**
     * As {@link #write(Path, Content)}, running {@code beforeReplace} once the new content is on
     * disk and before it replaces the target (where {@link BackedUpFile} rotates its backups, so
     * that a write that fails early changes no backup).
     */
    public static void write(Path target, Content content, BeforeReplace beforeReplace) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + "-", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            beforeReplace.run();
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves {@code temp} over {@code target} atomically where the file system can, else plainly. */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes temporary files that an interrupted write left in {@code folder}.
     *
     * @return the files that were removed
     */
    public static List<Path> removeLeftovers(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path leftover : stream) {
                Files.deleteIfExists(leftover);
                removed.add(leftover);
            }
        }
        return removed;
    }
}
