package org.leaklab.ui.choice;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.leaklab.model.Answer;
import org.leaklab.model.ChoiceAnswer;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.TeamDraft;

/**
 * A team's chosen options, kept in a {@link ChoiceViewModel} as in play (a single-answer question
 * keeps one option); unlike a click in play, pressing a chosen option again un-chooses it.
 */
public final class ChoiceDraft implements TeamDraft {
    private final ChoiceViewModel choices;
    private final Localization localization;

    ChoiceDraft(ChoiceViewModel choices, Localization localization) {
        this.choices = Objects.requireNonNull(choices);
        this.localization = Objects.requireNonNull(localization);
    }

    /** The chosen option ids. */
    public Set<String> chosen() {
        return choices.options().stream().filter(ChoiceViewModel.OptionChoice::isSelected)
                .map(ChoiceViewModel.OptionChoice::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isChosen(String optionId) {
        return chosen().contains(optionId);
    }

    /** Chooses or un-chooses an option; a single-answer question keeps only the last one chosen. */
    public void toggle(String optionId) {
        choices.options().stream().filter(choice -> choice.id().equals(optionId)).findFirst()
                .ifPresent(choice -> choice.selectedProperty().set(!choice.isSelected()));
    }

    @Override
    public Reading read() {
        return choices.readyProperty().get() ? new Answered(choices.currentAnswer())
                : new Missing(() -> localization.get("teams.entry.problem.choice"));
    }

    @Override
    public void show(Answer answer) {
        Set<String> recorded = answerOf(ChoiceAnswer.class, choices.scenario(), answer).optionIds();
        choices.clear();
        choices.options().stream().filter(choice -> recorded.contains(choice.id()))
                .forEach(choice -> choice.selectedProperty().set(true));
    }

    @Override
    public void onEdit(Runnable edited) {
        choices.options().forEach(choice -> choice.selectedProperty().addListener((obs, was, now) -> edited.run()));
    }
}
