package org.leaklab.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What went wrong with one of LeakLab's files, as data: the kind of problem, the file, when it
 * happened and, for a damaged file, what was done about it. The interface words it in the
 * user's language from these facts; it never shows an exception's text, which names temporary
 * files and Java classes.
 *
 * @param kind            what went wrong
 * @param file            the file LeakLab meant to read or write (never a temporary file)
 * @param at              when it happened
 * @param keptAs          where the damaged file was kept, if it was moved aside
 * @param restoredVersion for {@link Kind#RESTORED}: when the backup that took its place was saved
 */
public record FileProblem(Kind kind, Path file, Instant at, Optional<Path> keptAs, Optional<Instant> restoredVersion) {
    /** The kinds of problem, each with its own words and its own advice. */
    public enum Kind {
        /** The file could not be understood; its newest good backup took its place. */
        RESTORED,
        /** The file could not be understood and there was no good backup: it was kept aside, LeakLab starts afresh. */
        DAMAGED,
        /** The file is there but could not be read (no permission, a disk error). */
        UNREADABLE,
        /** The folder does not let LeakLab write (read-only, no permission, a file where the folder should be). */
        NOT_WRITABLE,
        /** There is no room left on the disk. */
        DISK_FULL,
        /** Writing failed for another reason (a removed stick, a network folder gone). */
        WRITE_FAILED
    }

    public FileProblem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(file);
        Objects.requireNonNull(at);
        Objects.requireNonNull(keptAs);
        Objects.requireNonNull(restoredVersion);
    }

    /** A problem without a kept or restored file. */
    public static FileProblem of(Kind kind, Path file, Instant at) {
        return new FileProblem(kind, file, at, Optional.empty(), Optional.empty());
    }

    /** Why writing {@code file} failed, from the exception the file system gave. */
    public static FileProblem writeFailure(Path file, Exception failure, Instant at) {
        return of(writeKind(failure), file, at);
    }

    /** The folder the file is in: what the user can change, or ask an administrator about. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    /** True for the problems that lose nothing written before: the file was damaged and is handled. */
    public boolean isDamage() {
        return kind == Kind.RESTORED || kind == Kind.DAMAGED;
    }

    /**
     * Sorts a failed write into a kind. Java reports a read-only folder as
     * {@link AccessDeniedException} naming the temporary file, a file where the folder should be
     * as {@link FileAlreadyExistsException} or {@link NotDirectoryException}, and a full disk only
     * in the operating system's words.
     */
    static Kind writeKind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof NotDirectoryException
                    || cause instanceof FileAlreadyExistsException || cause instanceof SecurityException
                    || cause instanceof java.nio.file.ReadOnlyFileSystemException) {
                return Kind.NOT_WRITABLE;
            }
            String text = reason(cause);
            if (text.contains("read-only file system") || text.contains("permission denied")
                    || text.contains("access is denied") || text.contains("not a directory")) {
                return Kind.NOT_WRITABLE;
            }
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")
                    || text.contains("disk full") || text.contains("disk is full")) {
                return Kind.DISK_FULL;
            }
        }
        return Kind.WRITE_FAILED;
    }

    private static String reason(Throwable failure) {
        String text = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : failure.getMessage();
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
