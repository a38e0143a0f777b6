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

    void error(String path, String message) {
        errors++;
        add(new Problem(Problem.Severity.ERROR, file, path, message));
    }

    void warning(String path, String message) {
        add(new Problem(Problem.Severity.WARNING, file, path, message));
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
            all.add(new Problem(errors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING, file, "$",
                    "expected at most " + cap + " problems, found " + (cap + dropped) + "; the rest are not listed"));
        }
        return all;
    }
}
