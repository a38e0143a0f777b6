package org.leaklab.ui.play;

import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.scenario.ScenarioStepViewModel;

/** Creates the views the play frame shows between its progress bar and its buttons. */
public interface PlayPages {
    /** The briefing: story, timeline, roles, sources. */
    Parent briefing(Case caseData);

    /** A fresh step view model for {@code scenario}, starting from {@code saved} if there is one. */
    ScenarioStepViewModel createStep(PlayThrough play, Scenario scenario, Optional<Answer> saved);

    /** The answering view of a step of {@code play}, with the sources its scenario cites. */
    Parent question(PlayThrough play, ScenarioStepViewModel step);

    /** The feedback for a checked answer: the score and why. */
    Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result);

    /**
     * The summary at the end; {@code restart} starts the case again, {@code goToStep} shows a step
     * of the frame (1 for the first scenario), so a score row can lead back to its scenario;
     * {@code studentName} is the name for the results picture, never saved.
     */
    Parent summary(PlayThrough play, Runnable restart, IntConsumer goToStep, StringProperty studentName);
}
