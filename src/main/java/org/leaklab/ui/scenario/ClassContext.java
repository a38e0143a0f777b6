package org.leaklab.ui.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.leaklab.model.Case;
import org.leaklab.model.RankingScenario;
import org.leaklab.session.StartingOrder;
import org.leaklab.ui.common.Localization;

/**
 * What a kind needs in presenter mode, where the whole class answers: for the question slide and
 * for each team's draft.
 *
 * @param caseData     the case played
 * @param seed         the seed of the order a ranking's items start in (the class session's), so the
 *                     slide and every team's draft show the same shuffled order as play would
 * @param localization the current language
 */
public record ClassContext(Case caseData, long seed, Localization localization) {
    public ClassContext {
        Objects.requireNonNull(caseData);
        Objects.requireNonNull(localization);
    }

    /** The order {@code ranking}'s items start in, for this class. */
    public List<String> startingOrder(RankingScenario ranking) {
        return StartingOrder.of(ranking, seed);
    }

    /** The current language. */
    public Locale locale() {
        return localization.getLocale();
    }
}
