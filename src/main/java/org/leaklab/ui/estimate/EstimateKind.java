package org.leaklab.ui.estimate;

import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import org.leaklab.model.Answer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.scoring.ScoreResult;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.ViewLoader;
import org.leaklab.ui.scenario.PlayContext;
import org.leaklab.ui.scenario.RevealContext;
import org.leaklab.ui.scenario.RevealLine;
import org.leaklab.ui.scenario.ScenarioKind;
import org.leaklab.ui.scenario.ScenarioStepViewModel;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.scenario.TeamDraft;
import org.leaklab.ui.scenario.TeamEditing;

/** An estimate: guessing a price the source reports. */
public record EstimateKind(EstimateScenario scenario) implements ScenarioKind<EstimateScenario> {
    @Override
    public String nameKey() {
        return "lessonPlan.kind.estimate";
    }

    @Override
    public ScenarioStepViewModel createStep(PlayContext context, Optional<Answer> saved) {
        return new EstimateViewModel(scenario, context.localization(), saved);
    }

    @Override
    public Parent question(ViewLoader loader, ScenarioStepViewModel step) {
        return ScenarioKind.page(loader, EstimateView.class, EstimateView::new, EstimateViewModel.class, step);
    }

    @Override
    public Parent feedback(ViewLoader loader, PlayContext context, Answer answer, ScoreResult result) {
        EstimateFeedbackViewModel feedback = new EstimateFeedbackViewModel(scenario,
                answerOf(EstimateAnswer.class, scenario, answer), result, context.localization(),
                context.sourceLinks());
        return loader.load(EstimateFeedbackView.class, () -> new EstimateFeedbackView(feedback)).root();
    }

    /** The source's figure, or its range. */
    @Override
    public List<RevealLine> revealLines(RevealContext context) {
        Localization localization = context.localization();
        NumberFormat number = NumberFormat.getNumberInstance(context.locale());
        number.setMaximumFractionDigits(2);
        return List.of(RevealLine.plain(scenario.isSingleFigure()
                ? localization.get("presenter.answer.figure", number.format(scenario.low()))
                : localization.get("presenter.answer.range", number.format(scenario.low()),
                number.format(scenario.high()))));
    }

    /** The source's figure explained. */
    @Override
    public List<String> revealWhy(RevealContext context) {
        return List.of(scenario.explanation().in(context.locale()));
    }

    /** A typed price. */
    /** No options: the class is asked for one amount. */
    @Override
    public List<String> slideChoices(ClassContext context) {
        return List.of(context.localization().get("presenter.estimate.hint"));
    }

    @Override
    public String slideTask(ClassContext context) {
        return context.localization().get("presenter.task.estimate");
    }

    @Override
    public TeamDraft teamDraft(ClassContext context) {
        return new EstimateDraft(scenario, context.localization());
    }

    @Override
    public Node teamEditor(TeamDraft draft, TeamEditing editing) {
        EstimateDraft estimate = ScenarioKind.as(EstimateDraft.class, draft, scenario);
        Localization localization = editing.localization();
        TextField price = new TextField();
        price.setId("teamPrice-" + editing.team());
        price.getStyleClass().add("team-price");
        price.setPromptText(localization.get("teams.entry.pricePrompt"));
        price.setAccessibleText(localization.get("teams.entry.priceFor", editing.teamName()));
        price.textProperty().bindBidirectional(estimate.priceProperty());
        return price;
    }
}
