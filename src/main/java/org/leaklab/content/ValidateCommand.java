package org.leaklab.content;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code LeakLab --validate FILE...}: checks case packs without starting the user interface.
 * For each file it prints either {@code FILE: valid} or one line per problem,
 * {@code FILE: $.path: message}; warnings are printed as {@code FILE: $.path: warning: message}
 * and do not make a file invalid. Exit code 0 if every file is valid, 1 if any is not, 2 for a
 * usage error. Never prints a stack trace.
 */
public final class ValidateCommand {
    /** The usage line. */
    public static final String USAGE = "usage: leaklab --validate FILE...";
    /** Every file is valid. */
    public static final int VALID = 0;
    /** At least one file has an error. */
    public static final int INVALID = 1;
    /** The command was called wrongly. */
    public static final int USAGE_ERROR = 2;

    private ValidateCommand() {
    }

    /**
     * Validates {@code files} and prints the outcome to {@code out}.
     *
     * @return {@link #VALID}, {@link #INVALID} or {@link #USAGE_ERROR}
     */
    public static int run(List<String> files, PrintStream out) {
        if (files == null || files.isEmpty()) {
            out.println(USAGE);
            out.println("Checks each case pack and prints FILE: valid, or one line per problem.");
            return USAGE_ERROR;
        }
        CasePackLoader loader = new CasePackLoader();
        boolean allValid = true;
        for (String file : files) {
            LoadResult result;
            try {
                result = loader.load(Path.of(file));
            } catch (InvalidPathException e) {
                out.println(Problem.of(Problem.Severity.ERROR, file, "$", "content.badFileName").format());
                allValid = false;
                continue;
            }
            result.problems().forEach(problem -> out.println(problem.format()));
            if (result.isValid()) {
                out.println(file + ": valid");
            } else {
                allValid = false;
            }
        }
        out.flush();
        return allValid ? VALID : INVALID;
    }
}
