package org.leaklab.ui.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.StepViewModel;

/**
 * Playing a short branching story: the setting, the story so far (each situation, the choice made
 * and its consequence), the current situation with its options, and at the end the ending
 * reached. The answer is the path; it can be checked once an ending is reached, and the story can
 * be started again before that.
 */
public final class DecisionViewModel extends StepViewModel<DecisionScenario> {
    /**
     * One past step as the story log shows it.
     *
     * @param situation   what the player faced
     * @param choice      what they decided
     * @param consequence what followed
     */
    public record PastStep(String situation, String choice, String consequence) {
    }

    /**
     * An option at the current node.
     *
     * @param id   the option's id
     * @param text what the player can decide
     */
    public record Option(String id, String text) {
    }

    private final Localization localization;
    private final ReadOnlyObjectWrapper<StoryPath> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");

    public DecisionViewModel(DecisionScenario scenario, Localization localization, Optional<Answer> saved) {
        super(scenario, false);
        this.localization = Objects.requireNonNull(localization);
        List<String> savedPath = saved.filter(DecisionAnswer.class::isInstance).map(DecisionAnswer.class::cast)
                .map(DecisionAnswer::optionIds).orElse(List.of());
        path.addListener((obs, old, now) -> {
            ready.set(now.ending().isPresent());
            started.set(!now.steps().isEmpty());
        });
        path.set(StoryPath.walk(scenario, savedPath));
    }

    /** The path taken so far. */
    @Override
    public Answer currentAnswer() {
        return new DecisionAnswer(path.get().optionIds());
    }

    /** A story begun is worth keeping when the player goes back and forth. */
    @Override
    public boolean hasDraft() {
        return started.get();
    }

    /** True once at least one choice has been made (the story can be started again). */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Changes after every choice and restart; the view renders the story again. */
    public ReadOnlyObjectProperty<StoryPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public String title() {
        return scenario.title().in(localization.getLocale());
    }

    /** The setting, read before the first situation. */
    public String setting() {
        return scenario.prompt().in(localization.getLocale());
    }

    /** Every step taken so far, rendered in the current language. */
    public List<PastStep> storySoFar() {
        return path.get().steps().stream().map(step -> new PastStep(
                step.node().text().in(localization.getLocale()),
                step.option().text().in(localization.getLocale()),
                step.option().consequence().in(localization.getLocale()))).toList();
    }

    /** Whether the story has reached an ending. */
    public boolean ended() {
        return path.get().ending().isPresent();
    }

    /** The current situation, empty once the story has ended. */
    public String situation() {
        return path.get().currentNode().map(node -> node.text().in(localization.getLocale())).orElse("");
    }

    /** The options at the current situation; none once the story has ended. */
    public List<Option> options() {
        return path.get().currentNode().map(node -> node.options().stream()
                .map(option -> new Option(option.id(), option.text().in(localization.getLocale()))).toList())
                .orElse(List.of());
    }

    /** The ending's title, "The end: Caught", empty before the end. */
    public String endingTitle() {
        return path.get().ending().map(end -> localization.get("decision.ending.title", end.title()
                .in(localization.getLocale()))).orElse("");
    }

    /** What happened in the end, empty before the end. */
    public String endingText() {
        return path.get().ending().map(end -> end.text().in(localization.getLocale())).orElse("");
    }

    /** "What do you do?" above the options. */
    public String optionsHint() {
        return localization.get("decision.options.hint");
    }

    /** Under the ending: check the answer, or play again. */
    public String endingHint() {
        return localization.get("decision.ending.hint");
    }

    /** "Step 2": how far into the story the current situation is. */
    public String stepLabel() {
        return localization.get("decision.step", path.get().steps().size() + 1);
    }

    /**
     * Takes the option {@code optionId} at the current situation.
     *
     * @return false (and nothing changes) if the story has ended or the option is not offered here
     */
    public boolean choose(String optionId) {
        Optional<DecisionOption> option = path.get().currentNode().flatMap(node -> node.options().stream()
                .filter(o -> o.id().equals(optionId)).findFirst());
        if (option.isEmpty()) {
            return false;
        }
        List<String> longer = new java.util.ArrayList<>(path.get().optionIds());
        longer.add(optionId);
        path.set(StoryPath.walk(scenario, longer));
        return true;
    }

    /** Starts the story again from the first situation. */
    public void restart() {
        path.set(StoryPath.walk(scenario, List.of()));
    }
}
