package org.leaklab.ui.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.StoryGraph;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.TeamDraft;

/**
 * The ending a team reached in a story played by the whole team; the teacher records only that,
 * and a path to it stands for the team's answer: any path to an ending scores the same (a story's
 * score is its ending's), so the shortest one does ({@link StoryGraph#pathTo}).
 */
public final class DecisionDraft implements TeamDraft {
    private final DecisionScenario scenario;
    private final StoryGraph graph;
    private final Localization localization;
    private final ObjectProperty<String> ending = new SimpleObjectProperty<>(this, "ending");

    DecisionDraft(DecisionScenario scenario, Localization localization) {
        this.scenario = Objects.requireNonNull(scenario);
        this.graph = StoryGraph.of(scenario);
        this.localization = Objects.requireNonNull(localization);
    }

    /** The id of the ending the team reached. */
    public ObjectProperty<String> endingProperty() {
        return ending;
    }

    @Override
    public Reading read() {
        Optional<List<String>> path = Optional.ofNullable(ending.get()).flatMap(graph::pathTo);
        return path.<Reading>map(steps -> new Answered(new DecisionAnswer(steps)))
                .orElseGet(() -> new Missing(() -> localization.get("teams.entry.problem.ending")));
    }

    @Override
    public void show(Answer answer) {
        ending.set(StoryPath.walk(scenario, answerOf(DecisionAnswer.class, scenario, answer).optionIds()).ending()
                .map(EndState::id).orElse(null));
    }

    @Override
    public void onEdit(Runnable edited) {
        ending.addListener((obs, old, now) -> edited.run());
    }
}
