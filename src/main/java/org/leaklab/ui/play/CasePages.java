package org.leaklab.ui.play;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.Optional;
import java.util.function.IntConsumer;
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
        ScenarioStepViewModel step = newStep(play, scenario, saved);
        stepCases.put(step, play.caseData());
        return step;
    }

    private ScenarioStepViewModel newStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
        if (scenario instanceof EstimateScenario estimate) {
            return new EstimateViewModel(estimate, localization, saved);
        }
        if (scenario instanceof ChoiceScenario choice) {
            return new ChoiceViewModel(choice, localization, saved);
        }
        if (scenario instanceof DecisionScenario decision) {
            return new DecisionViewModel(decision, localization, saved);
        }
        if (scenario instanceof RankingScenario ranking) {
            return new RankingViewModel(play.caseData(), ranking, saved, play.startingOrder(ranking), itemFacts(play),
                    localization);
        }
        throw new IllegalStateException("no view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent question(ScenarioStepViewModel step) {
        Parent page = questionPage(step);
        Case caseData = stepCases.get(step);
        return caseData == null ? page : withSources(page, caseData, step.scenario());
    }

    private Parent questionPage(ScenarioStepViewModel step) {
        if (step instanceof EstimateViewModel estimate) {
            return loader.load(EstimateView.class, () -> new EstimateView(estimate)).root();
        }
        if (step instanceof ChoiceViewModel choice) {
            return loader.load(ChoiceView.class, () -> new ChoiceView(choice)).root();
        }
        if (step instanceof DecisionViewModel decision) {
            return loader.load(DecisionView.class, () -> new DecisionView(decision)).root();
        }
        if (step.scenario() instanceof RankingScenario && step instanceof RankingViewModel ranking) {
            return loader.load(RankingView.class, () -> new RankingView(ranking)).root();
        }
        throw new IllegalStateException("no view for " + step.scenario().getClass().getSimpleName());
    }

    @Override
    public Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        return withSources(feedbackPage(play, scenario, answer, result), play.caseData(), scenario);
    }

    private Parent feedbackPage(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        if (scenario instanceof EstimateScenario estimate && answer instanceof EstimateAnswer guess) {
            EstimateFeedbackViewModel feedback = new EstimateFeedbackViewModel(estimate, guess, result, localization,
                    sourceLinks(play.caseData()));
            return loader.load(EstimateFeedbackView.class, () -> new EstimateFeedbackView(feedback)).root();
        }
        if (scenario instanceof ChoiceScenario choice && answer instanceof ChoiceAnswer chosen) {
            ChoiceFeedbackViewModel feedback = new ChoiceFeedbackViewModel(choice, chosen, result, localization);
            return loader.load(ChoiceFeedbackView.class, () -> new ChoiceFeedbackView(feedback)).root();
        }
        if (scenario instanceof DecisionScenario decision && answer instanceof DecisionAnswer path) {
            DecisionFeedbackViewModel feedback = new DecisionFeedbackViewModel(play.caseData(), decision, path, result,
                    localization, sourceLinks(play.caseData()));
            return loader.load(DecisionFeedbackView.class, () -> new DecisionFeedbackView(feedback)).root();
        }
        if (scenario instanceof RankingScenario ranking && answer instanceof RankingAnswer order) {
            RankingFeedbackViewModel feedback = new RankingFeedbackViewModel(ranking, order, result,
                    play.scorer().valueModel(ranking.perspectiveId()), itemFacts(play), localization);
            return loader.load(RankingFeedbackView.class, () -> new RankingFeedbackView(feedback)).root();
        }
        throw new IllegalStateException("no feedback view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent summary(PlayThrough play, Runnable restart, IntConsumer goToStep) {
        SummaryViewModel summary = new SummaryViewModel(play, localization, sourceLinks(play.caseData()),
                services.dialogs(), services.status(), services.background(), services.fxThread(), restart, goToStep);
        return loader.load(SummaryView.class, () -> new SummaryView(summary)).root();
    }
}
