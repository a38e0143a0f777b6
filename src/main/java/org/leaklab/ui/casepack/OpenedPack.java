package org.leaklab.ui.casepack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.leaklab.content.Problem;
import org.leaklab.model.Case;

/**
 * A case pack the user opened that passed validation.
 *
 * @param file     where it was read from
 * @param caseData the case
 * @param warnings what looked unintended but did not stop it
 */
public record OpenedPack(Path file, Case caseData, List<Problem> warnings) {
    public OpenedPack {
        Objects.requireNonNull(file);
        Objects.requireNonNull(caseData);
        warnings = List.copyOf(warnings);
    }
}
