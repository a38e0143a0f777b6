package org.leaklab.ui.scorefeedback;

import java.util.Objects;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;

/**
 * What the feedback pages of the scenario kinds have alike: the scenario's title and question in
 * the current language and the score as the badge shows it.
 *
 * @param <S> the kind's scenario type
 */
public abstract class ScenarioFeedbackViewModel<S extends Scenario> {
    protected final S scenario;
    protected final ScoreResult result;
    protected final Localization localization;

    protected ScenarioFeedbackViewModel(S scenario, ScoreResult result, Localization localization) {
        this.scenario = Objects.requireNonNull(scenario);
        this.result = Objects.requireNonNull(result);
        this.localization = Objects.requireNonNull(localization);
    }

    /** The scenario's title. */
    public final String title() {
        return scenario.title().in(localization.getLocale());
    }

    /** The scenario's question (a story's setting). */
    public final String question() {
        return scenario.prompt().in(localization.getLocale());
    }

    /** The score as the badge shows it. */
    public final ScoreSummary score() {
        return new ScoreSummary(result, localization);
    }
}
