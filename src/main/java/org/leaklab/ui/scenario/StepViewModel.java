package org.leaklab.ui.scenario;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.leaklab.model.Scenario;

/**
 * What every kind's step view model has alike: its scenario and whether its answer can be
 * checked, which the kind sets or binds ({@link #ready}).
 *
 * @param <S> the kind's scenario type
 */
public abstract class StepViewModel<S extends Scenario> implements ScenarioStepViewModel {
    /** The scenario being answered. */
    protected final S scenario;
    /** True when the answer can be checked; the kind keeps it up to date. */
    protected final ReadOnlyBooleanWrapper ready;

    /** @param readyAtStart whether the answer can be checked before the player does anything (a ranking's can) */
    protected StepViewModel(S scenario, boolean readyAtStart) {
        this.scenario = Objects.requireNonNull(scenario);
        this.ready = new ReadOnlyBooleanWrapper(this, "ready", readyAtStart);
    }

    @Override
    public final S scenario() {
        return scenario;
    }

    @Override
    public final ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
