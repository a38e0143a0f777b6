package org.leaklab.ui.scenario;

import java.util.Locale;
import java.util.Objects;
import org.leaklab.model.Case;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.ui.common.Localization;

/** What a kind's reveal needs: the case, its scorer (the reference answers) and the language. */
public record RevealContext(Case caseData, ScenarioScorer scorer, Localization localization) {
    public RevealContext {
        Objects.requireNonNull(caseData);
        Objects.requireNonNull(scorer);
        Objects.requireNonNull(localization);
    }

    /** The current language. */
    public Locale locale() {
        return localization.getLocale();
    }
}
