package org.leaklab.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be written, in words rather than an exception's name or a temporary file's path. */
public final class FileProblems {
    private FileProblems() {
    }

    /** The reason for {@code failure}, in the current language, to go after "could not be saved: ". */
    public static String reason(Exception failure, Localization localization) {
        if (failure instanceof AccessDeniedException) {
            return localization.get("summary.save.reason.denied");
        }
        if (failure instanceof NoSuchFileException) {
            return localization.get("summary.save.reason.noFolder");
        }
        if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException) {
            return localization.get("summary.save.reason.notFolder");
        }
        if (failure instanceof FileSystemException fs) {
            // Its message names the file it failed on (often a temporary one); the reason alone says why.
            return fs.getReason() != null ? fs.getReason() : localization.get("summary.save.reason.refused");
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
