package org.leaklab.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems for one file, up to a cap, so a pack with a million broken entries still
 * yields a readable report in bounded memory.
 */
final class ProblemCollector {
    private final String file;
    private final int cap;
    private final List<Problem> problems = new ArrayList<>();
    private int errors;
    private int dropped;

    ProblemCollector(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    /** An error at {@code path}: {@code key} of the content bundle with its arguments. */
    void error(String path, String key, Object... args) {
        errors++;
        add(Problem.of(Problem.Severity.ERROR, file, path, key, args));
    }

    /** A warning at {@code path}: {@code key} of the content bundle with its arguments. */
    void warning(String path, String key, Object... args) {
        add(Problem.of(Problem.Severity.WARNING, file, path, key, args));
    }

    private void add(Problem problem) {
        if (problems.size() < cap) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    int errorCount() {
        return errors;
    }

    List<Problem> result() {
        List<Problem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(Problem.of(errors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING, file, "$",
                    "content.tooManyProblems", String.valueOf(cap), String.valueOf(cap + dropped)));
        }
        return all;
    }
}
