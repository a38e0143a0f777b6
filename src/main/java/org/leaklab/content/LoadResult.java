package org.leaklab.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.leaklab.model.Case;

/**
 * What loading a case pack produced: the case if the pack has no errors, and every problem found.
 *
 * @param file     the file as the user named it
 * @param caseData the case; empty if there is any error
 * @param problems errors and warnings in the order found
 */
public record LoadResult(String file, Optional<Case> caseData, List<Problem> problems) {
    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(caseData, "caseData");
        problems = List.copyOf(problems);
        if (caseData.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a pack with errors yields no case");
        }
    }

    /** Whether the pack has no errors (warnings are allowed). */
    public boolean isValid() {
        return caseData.isPresent();
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
