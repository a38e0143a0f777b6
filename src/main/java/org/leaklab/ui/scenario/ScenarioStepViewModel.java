package org.leaklab.ui.scenario;

import javafx.beans.property.ReadOnlyBooleanProperty;
import org.leaklab.model.Answer;
import org.leaklab.model.Scenario;

/**
 * The answering part of one scenario, as the play frame sees it: whether the answer is complete
 * enough to check, and what it is. Each scenario kind's view model implements this.
 */
public interface ScenarioStepViewModel {
    /** The scenario being answered. */
    Scenario scenario();

    /** True when the answer can be checked. */
    ReadOnlyBooleanProperty readyProperty();

    /** The answer as it stands now; only called when {@link #readyProperty()} is true, and to keep drafts. */
    Answer currentAnswer();

    /** Whether there is anything worth keeping as a draft yet. */
    default boolean hasDraft() {
        return readyProperty().get();
    }
}
