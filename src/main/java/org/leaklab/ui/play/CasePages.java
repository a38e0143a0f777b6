package org.leaklab.ui.play;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.ranking.RankingFeedbackView;
import org.leaklab.ui.ranking.RankingFeedbackViewModel;
import org.leaklab.ui.ranking.RankingView;
import org.leaklab.ui.ranking.RankingViewModel;

/** The views of a case, chosen by step and scenario kind, loaded through the {@link ViewLoader}. */
public final class CasePages implements PlayPages {
    private final ViewLoader loader;
    private final Localization localization;
    private final PlayServices services;

    public CasePages(ViewLoader loader, Localization localization, PlayServices services) {
        this.loader = Objects.requireNonNull(loader);
        this.localization = Objects.requireNonNull(localization);
        this.services = Objects.requireNonNull(services);
    }

    @Override
    public Parent briefing(Case caseData) {
        throw new IllegalStateException("briefing view not yet built");
    }

    @Override
    public ScenarioStepViewModel createStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
        if (scenario instanceof RankingScenario ranking) {
            return new RankingViewModel(play.caseData(), ranking, saved, localization);
        }
        throw new IllegalStateException("no view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent question(ScenarioStepViewModel step) {
        if (step.scenario() instanceof RankingScenario && step instanceof RankingViewModel ranking) {
            return loader.load(RankingView.class, () -> new RankingView(ranking)).root();
        }
        throw new IllegalStateException("no view for " + step.scenario().getClass().getSimpleName());
    }

    @Override
    public Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        if (scenario instanceof RankingScenario ranking && answer instanceof RankingAnswer order) {
            RankingFeedbackViewModel feedback = new RankingFeedbackViewModel(ranking, order, result,
                    play.scorer().valueModel(ranking.perspectiveId()), localization);
            return loader.load(RankingFeedbackView.class, () -> new RankingFeedbackView(feedback)).root();
        }
        throw new IllegalStateException("no feedback view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent summary(PlayThrough play, Runnable restart) {
        throw new IllegalStateException("summary view not yet built");
    }
}
