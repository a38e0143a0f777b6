package org.leaklab.content;

import java.util.Objects;

/**
 * One thing wrong with a case pack.
 *
 * @param severity an error makes the pack unusable, a warning does not
 * @param file     the file as the user named it
 * @param path     JSON path of the offending value, such as {@code $.scenarios[3].items[1]}
 * @param message  what was expected and what was found
 */
public record Problem(Severity severity, String file, String path, String message) {
    /** How bad a problem is. */
    public enum Severity {
        /** The pack cannot be used. */
        ERROR,
        /** The pack works, but something looks unintended (for example an unknown field). */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for the command line: {@code FILE: $.path: message}, warnings marked as such. */
    public String format() {
        return file + ": " + path + ": " + (isError() ? "" : "warning: ") + message;
    }
}
