package org.leaklab.ui.presenter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.leaklab.model.Answer;
import org.leaklab.model.Scenario;
import org.leaklab.ui.choice.ChoiceDraft;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.decision.DecisionDraft;
import org.leaklab.ui.estimate.EstimateDraft;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.ranking.RankingDraft;
import org.leaklab.ui.ranking.RankingOrder;
import org.leaklab.ui.scenario.ScenarioKind;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.scenario.TeamDraft;

/**
 * What the teacher is entering for one team in one scenario, before it is confirmed: the draft its
 * scenario's kind makes (an order of the items, a typed price, the chosen options, or the ending a
 * team reached in a decision story). {@link #answer()} turns the draft into an answer, or sets an
 * inline message and gives nothing.
 */
public final class TeamEntry {
    private final int team;
    private final ScenarioKind<?> kind;
    private final TeamDraft draft;
    /** What {@link #priceProperty} and {@link #endingProperty} give for a kind without a price or an ending. */
    private final StringProperty unusedPrice = new SimpleStringProperty(this, "price", "");
    private final ObjectProperty<String> unusedEnding = new SimpleObjectProperty<>(this, "ending");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The message, rendered again in a newly chosen language. */
    private Supplier<String> problemText = () -> "";
    private final ChangeListener<Locale> languageFollower = (obs, old, now) -> problem.set(problemText.get());

    /** @param context the class, whose seed a ranking's cards start shuffled by (as in play) */
    TeamEntry(int team, Scenario scenario, ClassContext context) {
        this.team = team;
        this.kind = ScenarioKinds.of(scenario);
        this.draft = kind.teamDraft(context);
        Localization localization = context.localization();
        draft.onEdit(this::clearProblem);
        localization.localeProperty().addListener(new WeakChangeListener<>(languageFollower));
    }

    /** The team's position in the team list, from 0. */
    public int team() {
        return team;
    }

    public Scenario scenario() {
        return kind.scenario();
    }

    /** The kind of the scenario, which makes the draft and its controls. */
    ScenarioKind<?> kind() {
        return kind;
    }

    /** The draft as its kind made it. */
    TeamDraft draft() {
        return draft;
    }

    /** The order being entered; only for a ranking scenario. */
    public Optional<RankingOrder> order() {
        return draft instanceof RankingDraft ranking ? Optional.of(ranking.order()) : Optional.empty();
    }

    /** The price as typed; for an estimate scenario (another kind's entry has a price that counts for nothing). */
    public StringProperty priceProperty() {
        return draft instanceof EstimateDraft estimate ? estimate.priceProperty() : unusedPrice;
    }

    /** The chosen option ids; for a choice scenario (none for another kind). */
    public Set<String> getChosen() {
        return draft instanceof ChoiceDraft choice ? choice.chosen() : Set.of();
    }

    /** Chooses or un-chooses an option; a single-answer question keeps only the last one chosen. */
    public void toggle(String optionId) {
        if (draft instanceof ChoiceDraft choice) {
            choice.toggle(optionId);
        }
    }

    /** The id of the ending the team reached; for a decision scenario (another kind's counts for nothing). */
    public ObjectProperty<String> endingProperty() {
        return draft instanceof DecisionDraft story ? story.endingProperty() : unusedEnding;
    }

    /** Why the draft cannot be confirmed; empty when it can or nothing was tried yet. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows a recorded answer in the draft again, e.g. after an undo or when coming back to a scenario. */
    void show(Answer answer) {
        draft.show(answer);
        clearProblem();
    }

    private void clearProblem() {
        setProblem(() -> "");
    }

    private void setProblem(Supplier<String> text) {
        problemText = text;
        problem.set(text.get());
    }

    /** The draft as an answer, or empty with an inline message saying what is missing. */
    public Optional<Answer> answer() {
        return switch (draft.read()) {
            case TeamDraft.Answered answered -> Optional.of(answered.answer());
            case TeamDraft.Missing missing -> {
                setProblem(missing.message());
                yield Optional.empty();
            }
        };
    }
}
