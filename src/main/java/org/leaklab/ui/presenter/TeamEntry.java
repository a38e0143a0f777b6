package org.leaklab.ui.presenter;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.leaklab.model.Answer;
import org.leaklab.model.Scenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;
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

    /**
     * The draft as the type its kind makes it with ({@code RankingDraft}, {@code EstimateDraft} ...),
     * for tests and the kind's own editor; fails naming both if the scenario is of another kind.
     */
    public <D extends TeamDraft> D draft(Class<D> type) {
        return ScenarioKind.as(type, draft, scenario());
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
