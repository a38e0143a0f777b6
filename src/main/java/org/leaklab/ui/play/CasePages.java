package org.leaklab.ui.play;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.scene.Parent;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.PlayThrough;
import org.leaklab.ui.briefing.BriefingView;
import org.leaklab.ui.briefing.BriefingViewModel;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.summary.SummaryView;
import org.leaklab.ui.summary.SummaryViewModel;

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
        BriefingViewModel briefing = new BriefingViewModel(caseData, localization, sourceLinks(caseData));
        return loader.load(BriefingView.class, () -> new BriefingView(briefing)).root();
    }

    private SourceLinks sourceLinks(Case caseData) {
        return new SourceLinks(caseData.sources(), localization, services.status(), services.links()::open);
    }

    @Override
    public ScenarioStepViewModel createStep(PlayThrough play, Scenario scenario, Optional<Answer> saved) {
        throw new IllegalStateException("no view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent question(ScenarioStepViewModel step) {
        throw new IllegalStateException("no view for " + step.scenario().getClass().getSimpleName());
    }

    @Override
    public Parent feedback(PlayThrough play, Scenario scenario, Answer answer, ScoreResult result) {
        throw new IllegalStateException("no feedback view for " + scenario.getClass().getSimpleName());
    }

    @Override
    public Parent summary(PlayThrough play, Runnable restart, IntConsumer goToStep) {
        SummaryViewModel summary = new SummaryViewModel(play, localization, sourceLinks(play.caseData()),
                services.dialogs(), services.status(), services.background(), services.fxThread(), restart, goToStep);
        return loader.load(SummaryView.class, () -> new SummaryView(summary)).root();
    }
}
