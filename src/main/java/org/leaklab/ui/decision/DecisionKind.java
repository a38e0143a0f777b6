package org.leaklab.ui.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.Lesson;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.scenario.PlayContext;
import org.leaklab.ui.scenario.RevealContext;
import org.leaklab.ui.scenario.RevealLine;
import org.leaklab.ui.scenario.ScenarioKind;
import org.leaklab.ui.scenario.ScenarioStepViewModel;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.scenario.Letters;
import org.leaklab.ui.scenario.TeamDraft;
import org.leaklab.ui.scenario.TeamEditing;
import org.leaklab.ui.scenario.TeamToggles;

/** A decision story: choices step by step until an ending. */
public record DecisionKind(DecisionScenario scenario) implements ScenarioKind<DecisionScenario> {
    @Override
    public String nameKey() {
        return "lessonPlan.kind.decision";
    }

    @Override
    public ScenarioStepViewModel createStep(PlayContext context, Optional<Answer> saved) {
        return new DecisionViewModel(scenario, context.localization(), saved);
    }

    @Override
    public Parent question(ViewLoader loader, ScenarioStepViewModel step) {
        return ScenarioKind.page(loader, DecisionView.class, DecisionView::new, DecisionViewModel.class, step);
    }

    @Override
    public Parent feedback(ViewLoader loader, PlayContext context, Answer answer, ScoreResult result) {
        DecisionFeedbackViewModel feedback = new DecisionFeedbackViewModel(context.play().caseData(), scenario,
                answerOf(DecisionAnswer.class, scenario, answer), result, context.localization(),
                context.sourceLinks());
        return loader.load(DecisionFeedbackView.class, () -> new DecisionFeedbackView(feedback)).root();
    }

    /** The path the scorer gives full marks, walked through the story. */
    private StoryPath bestPath(ScenarioScorer scorer) {
        return StoryPath.walk(scenario, ((DecisionAnswer) scorer.referenceAnswer(scenario)).optionIds());
    }

    /**
     * The best path step by step (its ending comes last, in {@link #revealWhy}, so no ending shows
     * before the path reaches it).
     */
    @Override
    public List<RevealLine> revealLines(RevealContext context) {
        Locale locale = context.locale();
        List<RevealLine> lines = new ArrayList<>();
        int step = 1;
        for (StoryPath.Step taken : bestPath(context.scorer()).steps()) {
            lines.add(new RevealLine(Integer.toString(step++), taken.option().text().in(locale),
                    taken.option().consequence().in(locale), RevealLine.Verdict.NONE));
        }
        return lines;
    }

    /** The ending the best path reaches. */
    @Override
    public List<String> revealWhy(RevealContext context) {
        Locale locale = context.locale();
        return bestPath(context.scorer()).ending()
                .map(end -> List.of(context.localization().get("presenter.answer.ending", end.title().in(locale),
                                end.score()), end.text().in(locale)))
                .orElse(List.of());
    }

    /**
     * A case pack ties lessons to the endings of its decision stories, so a story's lesson is that
     * of the ending its best path reaches.
     */
    @Override
    public Optional<Lesson> lesson(RevealContext context) {
        return bestPath(context.scorer()).ending().flatMap(ending -> context.caseData().lesson(ending.lessonId()));
    }

    /** The first situation and its options by their letters. */
    @Override
    public List<String> slideChoices(ClassContext context) {
        List<String> lines = new ArrayList<>();
        lines.add(scenario.start().text().in(context.locale()));
        lines.addAll(Letters.lettered(scenario.start().options().stream().map(DecisionOption::text).toList(),
                context.locale()));
        return lines;
    }

    @Override
    public String slideTask(ClassContext context) {
        return context.localization().get("presenter.task.decision");
    }

    /** The ending the team reached, by its title. */
    @Override
    public String answerInWords(Answer answer, ClassContext context) {
        return StoryPath.walk(scenario, answerOf(DecisionAnswer.class, scenario, answer).optionIds()).ending()
                .map(ending -> ending.title().in(context.locale()))
                .orElseGet(() -> ScenarioKind.super.answerInWords(answer, context));
    }

    /** The ending a team reached. */
    @Override
    public TeamDraft teamDraft(ClassContext context) {
        return new DecisionDraft(scenario, context.localization());
    }

    /** The story's endings as toggles, for the teacher to pick the one a team reached. */
    @Override
    public Node teamEditor(TeamDraft draft, TeamEditing editing) {
        DecisionDraft story = ScenarioKind.as(DecisionDraft.class, draft, scenario);
        Locale locale = editing.localization().getLocale();
        List<TeamToggles.Option> endings = scenario.endStates().stream().map(end -> {
            String title = end.title().in(locale);
            return new TeamToggles.Option(end.id(), title, title);
        }).toList();
        return TeamToggles.of("team-endings", editing.team(), endings,
                id -> id.equals(story.endingProperty().get()),
                (id, selected) -> story.endingProperty().set(selected ? id : null), false);
    }
}
