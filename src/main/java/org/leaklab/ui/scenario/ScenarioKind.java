package org.leaklab.ui.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.Lesson;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.AnswerText;
import org.leaklab.ui.common.ViewLoader;

/**
 * What one kind of scenario (ranking, estimate, choice, decision story) provides to the frames
 * that show it: the play frame's step and pages, the presenter's reveal and a team's answer
 * entry. Each kind's package implements it once; {@code ui.kinds.ScenarioKinds} gives the kind
 * of a scenario. An instance belongs to one scenario.
 *
 * @param <S> the scenario type of the kind
 */
public interface ScenarioKind<S extends Scenario> {
    /** The scenario this instance is for. */
    S scenario();

    /** The bundle key of the kind's name, as the lesson plan lists it ("Ranking", "Estimate" ...). */
    String nameKey();

    // ---- play ---------------------------------------------------------------------------------

    /** A fresh step view model, starting from {@code saved} if there is one. */
    ScenarioStepViewModel createStep(PlayContext context, Optional<Answer> saved);

    /** The answering page of {@code step}, a step this kind created. */
    Parent question(ViewLoader loader, ScenarioStepViewModel step);

    /** The feedback page for a checked answer: the score and why. */
    Parent feedback(ViewLoader loader, PlayContext context, Answer answer, ScoreResult result);

    // ---- the presenter's reveal ---------------------------------------------------------------

    /** The reference answer, line by line, shown on reveal. */
    List<RevealLine> revealLines(RevealContext context);

    /** Why, under the revealed answer; empty if the lines explain themselves. */
    List<String> revealWhy(RevealContext context);

    /** True when the revealed answer needs the slide's whole width. */
    default boolean wideReveal() {
        return false;
    }

    /** The lesson the reveal ends with, if the pack ties one to this scenario. */
    default Optional<Lesson> lesson(RevealContext context) {
        return context.caseData().lessonAfter(scenario().id());
    }

    // ---- the presenter's question slide --------------------------------------------------------

    /** What the class chooses from: the items to rank (as they start), the options, the first decision. */
    List<String> slideChoices(ClassContext context);

    /** The line above the choices that says what kind of task it is. */
    String slideTask(ClassContext context);

    /** A team's recorded answer in words, as the teacher entered it. */
    default String answerInWords(Answer answer, ClassContext context) {
        return AnswerText.describe(answer, Optional.of(context.caseData()), Optional.of(scenario()), context.locale());
    }

    // ---- a team's answer, entered by the teacher ----------------------------------------------

    /** A fresh draft of one team's answer. */
    TeamDraft teamDraft(ClassContext context);

    /** The controls the teacher enters {@code draft} with (a draft this kind created). */
    Node teamEditor(TeamDraft draft, TeamEditing editing);

    /** True when a team's answer is entered on a board of its own (a ranking), not a line of controls. */
    default boolean entersOnBoard() {
        return false;
    }

    /** The page {@code view} makes of {@code step}, a step of the view model type its kind creates. */
    static <M extends ScenarioStepViewModel, V> Parent page(ViewLoader loader, Class<V> viewType, Function<M, V> view,
                                                            Class<M> modelType, ScenarioStepViewModel step) {
        M model = as(modelType, step, step.scenario());
        return loader.load(viewType, () -> view.apply(model)).root();
    }

    /**
     * {@code part} as the type this kind makes it with (its step view model, its draft); fails
     * naming both if another kind made it.
     */
    static <T> T as(Class<T> type, Object part, Scenario scenario) {
        if (!type.isInstance(part)) {
            throw new IllegalStateException(part.getClass().getSimpleName() + " is no "
                    + type.getSimpleName() + " for " + scenario.id());
        }
        return type.cast(part);
    }
}
