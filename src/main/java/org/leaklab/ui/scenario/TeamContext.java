package org.leaklab.ui.scenario;

import java.util.List;
import java.util.Objects;
import org.leaklab.model.Case;
import org.leaklab.ui.common.Localization;

/**
 * What a kind needs to make a team's draft.
 *
 * @param caseData     the case played
 * @param start        the order a ranking's cards start in (shuffled, as in play); empty for other kinds
 * @param localization the current language
 */
public record TeamContext(Case caseData, List<String> start, Localization localization) {
    public TeamContext {
        Objects.requireNonNull(caseData);
        start = List.copyOf(start);
        Objects.requireNonNull(localization);
    }
}
