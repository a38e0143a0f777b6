package org.leaklab.ui.choice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.StepViewModel;

/**
 * Answering a single- or multiple-answer question. Each option has a selected property the view
 * binds its radio button or check box to; in a single-answer question choosing one clears the
 * others, here rather than only in the view's toggle group, so the rule holds for every caller.
 */
public final class ChoiceViewModel extends StepViewModel<ChoiceScenario> {
    /** One option and whether it is chosen. */
    public static final class OptionChoice {
        private final ChoiceOption option;
        private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

        private OptionChoice(ChoiceOption option) {
            this.option = option;
        }

        public String id() {
            return option.id();
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        public boolean isSelected() {
            return selected.get();
        }
    }

    private final Localization localization;
    private final List<OptionChoice> options;

    public ChoiceViewModel(ChoiceScenario scenario, Localization localization, Optional<Answer> saved) {
        super(scenario, false);
        this.localization = Objects.requireNonNull(localization);
        this.options = scenario.options().stream().map(OptionChoice::new).toList();
        Observable[] dependencies = options.stream().map(OptionChoice::selectedProperty).toArray(Observable[]::new);
        ready.bind(Bindings.createBooleanBinding(() -> options.stream().anyMatch(OptionChoice::isSelected), dependencies));
        if (!scenario.multiple()) {
            for (OptionChoice choice : options) {
                choice.selectedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        options.stream().filter(other -> other != choice).forEach(other -> other.selected.set(false));
                    }
                });
            }
        }
        saved.filter(ChoiceAnswer.class::isInstance).map(ChoiceAnswer.class::cast).ifPresent(answer -> {
            for (OptionChoice choice : options) {
                if (answer.optionIds().contains(choice.id())) {
                    choice.selected.set(true);
                }
            }
        });
    }

    @Override
    public Answer currentAnswer() {
        Set<String> chosen = new LinkedHashSet<>();
        options.stream().filter(OptionChoice::isSelected).forEach(choice -> chosen.add(choice.id()));
        return new ChoiceAnswer(chosen);
    }

    /** Whether several options may be chosen (check boxes) or one (radio buttons). */
    public boolean multiple() {
        return scenario.multiple();
    }

    public List<OptionChoice> options() {
        return options;
    }

    public String title() {
        return scenario.title().in(localization.getLocale());
    }

    public String question() {
        return scenario.prompt().in(localization.getLocale());
    }

    /** "Choose one answer." or "Choose all answers that apply." */
    public String hint() {
        return multiple() ? localization.get("choice.hint.multiple") : localization.get("choice.hint.single");
    }

    /** An option's text in the current language. */
    public String text(OptionChoice choice) {
        return choice.option.text().in(localization.getLocale());
    }

    /** Chooses an option; in a single-answer question the others are cleared. */
    public void choose(String optionId) {
        find(optionId).selected.set(true);
    }

    /** Flips an option of a multiple-answer question, or chooses one of a single-answer question. */
    public void toggle(String optionId) {
        OptionChoice choice = find(optionId);
        choice.selected.set(!multiple() || !choice.isSelected());
    }

    /** Clears every choice. */
    public void clear() {
        options.forEach(choice -> choice.selected.set(false));
    }

    private OptionChoice find(String optionId) {
        return options.stream().filter(choice -> choice.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(scenario.id() + " has no option " + optionId));
    }
}
