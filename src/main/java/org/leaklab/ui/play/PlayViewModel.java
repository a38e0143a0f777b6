package org.leaklab.ui.play;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.leaklab.model.Answer;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayProgress;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.ScenarioStepViewModel;

/**
 * Walks through a case: the briefing, then each scenario (question, then feedback once checked),
 * then the summary. Step view models are kept, so Back and Next never lose an answer. A scenario
 * opened from the summary leads back to it once answered (or skipped again).
 */
public final class PlayViewModel {
    /** Creates the answering view model of a scenario. */
    @FunctionalInterface
    public interface StepFactory {
        ScenarioStepViewModel create(PlayThrough play, Scenario scenario, Optional<Answer> saved);
    }

    /** What the frame shows. */
    public enum Kind { BRIEFING, QUESTION, FEEDBACK, SUMMARY }

    /**
     * The current step.
     *
     * @param kind     what to show
     * @param index    0 for the briefing, 1..n for the scenarios, n+1 for the summary
     * @param scenario the scenario of a question or feedback step, else null
     */
    public record Step(Kind kind, int index, Scenario scenario) {
    }

    private final Localization localization;
    private final StepFactory stepFactory;
    private final Map<String, ScenarioStepViewModel> steps = new HashMap<>();
    private final ReadOnlyObjectWrapper<PlayThrough> play = new ReadOnlyObjectWrapper<>(this, "play");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(this, "canCheck");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyBooleanWrapper fromSummary = new ReadOnlyBooleanWrapper(this, "fromSummary");
    /** The name a student may type for the results picture: kept while the app runs, never saved. */
    private final StringProperty studentName = new SimpleStringProperty(this, "studentName", "");
    private ObservableBooleanValue readySource;

    public PlayViewModel(PlayThrough play, StepFactory stepFactory, Localization localization) {
        this(play, stepFactory, localization, 0);
    }

    /**
     * A frame that opens on step {@code firstStep} (clamped to the case), e.g. where a saved
     * play-through was left.
     */
    public PlayViewModel(PlayThrough play, StepFactory stepFactory, Localization localization, int firstStep) {
        this.play.set(Objects.requireNonNull(play));
        this.stepFactory = Objects.requireNonNull(stepFactory);
        this.localization = Objects.requireNonNull(localization);
        show(Math.max(0, Math.min(stepCount() - 1, firstStep)));
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step getStep() {
        return step.get();
    }

    public PlayThrough getPlay() {
        return play.get();
    }

    private List<Scenario> scenarios() {
        return play.get().scenarios();
    }

    /** The case's title in the current language. */
    public String caseTitle() {
        return play.get().caseData().title().in(localization.getLocale());
    }

    /** Number of steps: briefing, scenarios, summary. */
    public int stepCount() {
        return scenarios().size() + 2;
    }

    /** The step view model of the current question or feedback step; created on first visit and kept. */
    public ScenarioStepViewModel currentQuestion() {
        Scenario scenario = step.get().scenario();
        if (scenario == null) {
            throw new IllegalStateException("no question on the " + step.get().kind() + " step");
        }
        return steps.computeIfAbsent(scenario.id(),
                id -> stepFactory.create(play.get(), scenario, play.get().answerOrDraft(id)));
    }

    /** True on a question whose answer is complete enough to check. */
    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    public boolean canGoBack() {
        return step.get().index() > 0;
    }

    /**
     * Counts every change worth keeping: a step shown, an answer checked, the case started again.
     * Whoever saves the play-through listens to it.
     */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /**
     * The name the student typed for the results picture, if any: printed on it, kept only while
     * the app runs (it survives a language switch), never written to a file of LeakLab's.
     */
    public StringProperty studentNameProperty() {
        return studentName;
    }

    /** True while a scenario opened from the summary is shown: going forward returns to the summary. */
    public ReadOnlyBooleanProperty fromSummaryProperty() {
        return fromSummary.getReadOnlyProperty();
    }

    /** Fraction of the way through, for the progress bar. */
    public double progress() {
        return (double) step.get().index() / (stepCount() - 1);
    }

    /** "Scenario 3 of 12", "Briefing", "Results". */
    public String progressText() {
        Step current = step.get();
        return switch (current.kind()) {
            case BRIEFING -> localization.get("play.progress.briefing");
            case SUMMARY -> localization.get("play.progress.summary");
            default -> localization.get("play.progress.scenario", current.index(), scenarios().size());
        };
    }

    /** The label of the forward button on this step. */
    public String nextText() {
        Step current = step.get();
        return switch (current.kind()) {
            case BRIEFING -> localization.get("play.start");
            case QUESTION -> fromSummary.get() ? localization.get("play.skipToSummary") : localization.get("play.skip");
            case FEEDBACK -> fromSummary.get() ? localization.get("play.backToSummary")
                    : current.index() == scenarios().size()
                    ? localization.get("play.toSummary") : localization.get("play.next");
            case SUMMARY -> "";
        };
    }

    /** Checks the current answer, keeps its score and shows the feedback. */
    public ScoreResult check() {
        Step current = step.get();
        if (current.kind() != Kind.QUESTION || !canCheck.get()) {
            throw new IllegalStateException("nothing to check on " + current);
        }
        ScoreResult result = play.get().submit(current.scenario().id(), currentQuestion().currentAnswer());
        show(current.index());
        return result;
    }

    /**
     * Forward: from a question without checking (its draft is kept), or from feedback; to the
     * summary instead when the scenario was opened from there.
     */
    public void next() {
        keepDraft();
        if (fromSummary.get()) {
            show(stepCount() - 1);
        } else if (step.get().index() < stepCount() - 1) {
            show(step.get().index() + 1);
        }
    }

    /**
     * One step back within the case.
     *
     * @return false on the briefing, where there is no step before: leaving the case is the caller's
     */
    public boolean back() {
        keepDraft();
        if (!canGoBack()) {
            return false;
        }
        fromSummary.set(false);
        show(step.get().index() - 1);
        return true;
    }

    /** Jumps to step {@code index} (0 briefing .. n+1 summary). */
    public void goTo(int index) {
        keepDraft();
        fromSummary.set(false);
        show(Math.max(0, Math.min(stepCount() - 1, index)));
    }

    /**
     * Opens scenario step {@code index} from the summary: once it is answered (or skipped again),
     * going forward returns to the summary.
     */
    public void openFromSummary(int index) {
        keepDraft();
        int target = Math.max(0, Math.min(stepCount() - 1, index));
        // Set before the step is shown, so the frame shows the way back on its first rendering.
        fromSummary.set(target >= 1 && target <= scenarios().size());
        show(target);
    }

    /** The first scenario step (1..n) without a checked answer, if any. */
    public java.util.OptionalInt firstUnanswered() {
        List<Scenario> all = scenarios();
        for (int i = 0; i < all.size(); i++) {
            if (!play.get().isChecked(all.get(i).id())) {
                return java.util.OptionalInt.of(i + 1);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** Starts the case again with no answers. */
    public void restart() {
        steps.clear();
        fromSummary.set(false);
        play.set(new PlayThrough(play.get().scorer()));
        show(0);
    }

    /**
     * What to keep of this play-through (its answers, drafts and step), taken now; the question
     * shown keeps its draft first.
     */
    public PlayProgress progress(Instant now) {
        keepDraft();
        return play.get().progress(step.get().index(), now);
    }

    /** Keeps the shown question's unfinished answer in the play-through (Back, Next, leaving the case). */
    public void keepDraft() {
        Step current = step.get();
        if (current.kind() == Kind.QUESTION) {
            ScenarioStepViewModel question = steps.get(current.scenario().id());
            if (question != null && question.hasDraft()) {
                play.get().saveDraft(current.scenario().id(), question.currentAnswer());
            }
        }
    }

    private void show(int index) {
        Step next;
        if (index == 0) {
            next = new Step(Kind.BRIEFING, 0, null);
        } else if (index > scenarios().size()) {
            next = new Step(Kind.SUMMARY, index, null);
        } else {
            Scenario scenario = scenarios().get(index - 1);
            next = new Step(play.get().isChecked(scenario.id()) ? Kind.FEEDBACK : Kind.QUESTION, index, scenario);
        }
        if (next.kind() == Kind.SUMMARY) {
            fromSummary.set(false);
        }
        step.set(next);
        changes.set(changes.get() + 1);
        canCheck.unbind();
        if (next.kind() == Kind.QUESTION) {
            readySource = currentQuestion().readyProperty();
            canCheck.bind(readySource);
        } else {
            canCheck.set(false);
        }
    }

    /** True while a question is shown (for the Check button's visibility). */
    public BooleanBinding questionShown() {
        return Bindings.createBooleanBinding(() -> step.get().kind() == Kind.QUESTION, step);
    }
}
