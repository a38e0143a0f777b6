package org.leaklab.ui.play;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.briefing.BriefingView;
import org.leaklab.ui.briefing.BriefingViewModel;
import org.leaklab.ui.choice.ChoiceFeedbackView;
import org.leaklab.ui.choice.ChoiceFeedbackViewModel;
import org.leaklab.ui.choice.ChoiceView;
import org.leaklab.ui.choice.ChoiceViewModel;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.SourceMarks;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.summary.SummaryView;
import org.leaklab.ui.summary.SummaryViewModel;
import org.leaklab.ui.decision.DecisionFeedbackView;
import org.leaklab.ui.decision.DecisionFeedbackViewModel;
import org.leaklab.ui.decision.DecisionView;
import org.leaklab.ui.decision.DecisionViewModel;
import org.leaklab.ui.estimate.EstimateFeedbackView;
import org.leaklab.ui.estimate.EstimateFeedbackViewModel;
import org.leaklab.ui.estimate.EstimateView;
import org.leaklab.ui.estimate.EstimateViewModel;
import org.leaklab.ui.ranking.ItemFacts;
import org.leaklab.ui.ranking.RankingFeedbackView;
import org.leaklab.ui.ranking.RankingFeedbackViewModel;
import org.leaklab.ui.ranking.RankingView;
import org.leaklab.ui.ranking.RankingViewModel;
import org.leaklab.ui.scenario.ScenarioStepViewModel;

/** The views of a case, chosen by step and scenario kind, loaded through the {@link ViewLoader}. */
public final class CasePages implements PlayPages {
    private final ViewLoader loader;
    private final Localization localization;
    private final PlayServices services;
    private final Function<Case, Optional<BriefingViewModel.LessonPlanLine>> lessonPlan;
    /** The case of each step created here, to cite its sources on the question page. */
    private final Map<ScenarioStepViewModel, Case> stepCases = new WeakHashMap<>();

    /**
     * @param lessonPlan the lesson plan a case is played with, for the briefing (with a way to
     *                   change it); empty where the teacher has no choice to make
     */
    public CasePages(ViewLoader loader, Localization localization, PlayServices services,
                     Function<Case, Optional<BriefingViewModel.LessonPlanLine>> lessonPlan) {
        this.loader = Objects.requireNonNull(loader);
        this.localization = Objects.requireNonNull(localization);
        this.services = Objects.requireNonNull(services);
        this.lessonPlan = Objects.requireNonNull(lessonPlan);
    }

    @Override
    public Parent briefing(Case caseData) {
        BriefingViewModel briefing = new BriefingViewModel(caseData, localization, sourceLinks(caseData),
                lessonPlan.apply(caseData));
        return loader.load(BriefingView.class, () -> new BriefingView(briefing)).root();
    }

    /** What the pack knows about each item; a price waits until the estimate that asks for it is answered. */
    private ItemFacts itemFacts(PlayThrough play) {
        return new ItemFacts(play.caseData(), sourceLinks(play.caseData()), localization, play::isChecked);
    }

    private SourceLinks sourceLinks(Case caseData) {
        return new SourceLinks(caseData.sources(), localization, services.status(), services.links()::open);
    }

    /**
     * {@code page} with the sources of {@code scenario} as numbered marks under it (outside its
     * scroll pane, so they are always in sight); the page itself if the scenario cites none.
     */
    private Parent withSources(Parent page, Case caseData, Scenario scenario) {
        SourceLinks links = sourceLinks(caseData);
        List<SourceLink> cited = links.cited(scenario.sourceIds());
        if (cited.isEmpty()) {
            return page;
        }
        SourceMarks marks = SourceMarks.of(localization.get("sources.scenario"), cited, links::open);
        marks.getStyleClass().add("scenario-sources");
        marks.setId("scenarioSources");
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox frame = new VBox(page, marks);
        frame.getStyleClass().add("scenario-frame");
        return frame;
    }

    @Override
    public ScenarioStepViewModel createStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
        ScenarioStepViewModel step = switch (scenario) {
            case EstimateScenario estimate -> new EstimateViewModel(estimate, localization, saved);
            case ChoiceScenario choice -> new ChoiceViewModel(choice, localization, saved);
            case DecisionScenario decision -> new DecisionViewModel(decision, localization, saved);
            case RankingScenario ranking -> new RankingViewModel(play.caseData(), ranking, saved,
                    play.startingOrder(ranking), itemFacts(play), localization);
        };
        stepCases.put(step, play.caseData());
        return step;
    }

    @Override
    public Parent question(ScenarioStepViewModel step) {
        Parent page = questionPage(step);
        Case caseData = stepCases.get(step);
        return caseData == null ? page : withSources(page, caseData, step.scenario());
    }

    private Parent questionPage(ScenarioStepViewModel step) {
        return switch (step.scenario()) {
            case EstimateScenario _ -> {
                EstimateViewModel model = stepOf(EstimateViewModel.class, step);
                yield loader.load(EstimateView.class, () -> new EstimateView(model)).root();
            }
            case ChoiceScenario _ -> {
                ChoiceViewModel model = stepOf(ChoiceViewModel.class, step);
                yield loader.load(ChoiceView.class, () -> new ChoiceView(model)).root();
            }
            case DecisionScenario _ -> {
                DecisionViewModel model = stepOf(DecisionViewModel.class, step);
                yield loader.load(DecisionView.class, () -> new DecisionView(model)).root();
            }
            case RankingScenario _ -> {
                RankingViewModel model = stepOf(RankingViewModel.class, step);
                yield loader.load(RankingView.class, () -> new RankingView(model)).root();
            }
        };
    }

    /** {@code step} as the view model its scenario's kind is built with by {@link #createStep}. */
    private static <S extends ScenarioStepViewModel> S stepOf(Class<S> kind, ScenarioStepViewModel step) {
        if (!kind.isInstance(step)) {
            throw new IllegalStateException(step.getClass().getSimpleName() + " is no "
                    + kind.getSimpleName() + " for " + step.scenario().id());
        }
        return kind.cast(step);
    }

    @Override
    public Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        return withSources(feedbackPage(play, scenario, answer, result), play.caseData(), scenario);
    }

    private Parent feedbackPage(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        return switch (scenario) {
            case EstimateScenario estimate -> {
                EstimateFeedbackViewModel feedback = new EstimateFeedbackViewModel(estimate,
                        answerOf(EstimateAnswer.class, scenario, answer), result, localization,
                        sourceLinks(play.caseData()));
                yield loader.load(EstimateFeedbackView.class, () -> new EstimateFeedbackView(feedback)).root();
            }
            case ChoiceScenario choice -> {
                ChoiceFeedbackViewModel feedback = new ChoiceFeedbackViewModel(choice,
                        answerOf(ChoiceAnswer.class, scenario, answer), result, localization);
                yield loader.load(ChoiceFeedbackView.class, () -> new ChoiceFeedbackView(feedback)).root();
            }
            case DecisionScenario decision -> {
                DecisionFeedbackViewModel feedback = new DecisionFeedbackViewModel(play.caseData(), decision,
                        answerOf(DecisionAnswer.class, scenario, answer), result, localization,
                        sourceLinks(play.caseData()));
                yield loader.load(DecisionFeedbackView.class, () -> new DecisionFeedbackView(feedback)).root();
            }
            case RankingScenario ranking -> {
                RankingFeedbackViewModel feedback = new RankingFeedbackViewModel(ranking,
                        answerOf(RankingAnswer.class, scenario, answer), result,
                        play.scorer().valueModel(ranking.perspectiveId()), itemFacts(play), localization);
                yield loader.load(RankingFeedbackView.class, () -> new RankingFeedbackView(feedback)).root();
            }
        };
    }

    @Override
    public Parent summary(PlayThrough play, Runnable restart, IntConsumer goToStep, StringProperty studentName) {
        SummaryViewModel summary = new SummaryViewModel(play, localization, sourceLinks(play.caseData()),
                services.dialogs(), services.status(), services.background(), services.fxThread(), restart, goToStep,
                studentName, java.time.LocalDate::now);
        return loader.load(SummaryView.class, () -> new SummaryView(summary)).root();
    }
}
