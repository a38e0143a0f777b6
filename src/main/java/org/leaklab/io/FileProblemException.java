package org.leaklab.io;

import java.io.IOException;
import java.util.Objects;

/**
 * An I/O failure that has been understood: it carries the {@link FileProblem} the interface
 * words for the user. Its message is for developers only (it may name the underlying cause).
 */
public final class FileProblemException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient FileProblem problem;

    public FileProblemException(FileProblem problem, Throwable cause) {
        super(problem.kind() + ": " + problem.file(), cause);
        this.problem = Objects.requireNonNull(problem);
    }

    /** What went wrong, as data. */
    public FileProblem problem() {
        return problem;
    }
}
