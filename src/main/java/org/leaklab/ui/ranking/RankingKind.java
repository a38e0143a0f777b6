package org.leaklab.ui.ranking;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.scoring.ValueModel;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.session.PlayThrough;
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

/** A ranking: putting a case's data items in order of their value to one perspective. */
public record RankingKind(RankingScenario scenario) implements ScenarioKind<RankingScenario> {
    @Override
    public String nameKey() {
        return "lessonPlan.kind.ranking";
    }

    /** What the pack knows about each item; a price waits until the estimate that asks for it is answered. */
    private static ItemFacts itemFacts(PlayContext context) {
        PlayThrough play = context.play();
        return new ItemFacts(play.caseData(), context.sourceLinks(), context.localization(), play::isChecked);
    }

    @Override
    public ScenarioStepViewModel createStep(PlayContext context, Optional<Answer> saved) {
        PlayThrough play = context.play();
        return new RankingViewModel(play.caseData(), scenario, saved, play.startingOrder(scenario),
                itemFacts(context), context.localization());
    }

    @Override
    public Parent question(ViewLoader loader, ScenarioStepViewModel step) {
        return ScenarioKind.page(loader, RankingView.class, RankingView::new, RankingViewModel.class, step);
    }

    @Override
    public Parent feedback(ViewLoader loader, PlayContext context, Answer answer, ScoreResult result) {
        RankingFeedbackViewModel feedback = new RankingFeedbackViewModel(scenario,
                answerOf(RankingAnswer.class, scenario, answer), result,
                context.play().scorer().valueModel(scenario.perspectiveId()), itemFacts(context),
                context.localization());
        return loader.load(RankingFeedbackView.class, () -> new RankingFeedbackView(feedback)).root();
    }

    /** The reference order with each item's value. */
    @Override
    public List<RevealLine> revealLines(RevealContext context) {
        ValueModel model = context.scorer().valueModel(scenario.perspectiveId());
        RankingAnswer reference = (RankingAnswer) context.scorer().referenceAnswer(scenario);
        List<RevealLine> lines = new ArrayList<>();
        NumberFormat number = NumberFormat.getNumberInstance(context.locale());
        // One decimal, as the ranking feedback and "Why?" write a value.
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        for (int i = 0; i < reference.itemIds().size(); i++) {
            String id = reference.itemIds().get(i);
            lines.add(RevealLine.plain(context.localization().get("presenter.answer.rankingLine", i + 1,
                    context.caseData().item(id).orElseThrow().name(), number.format(model.value(id)),
                    ValueModel.MAX_VALUE)));
        }
        return lines;
    }

    /** The model's reasoning for the item at the top. */
    @Override
    public List<String> revealWhy(RevealContext context) {
        ValueModel model = context.scorer().valueModel(scenario.perspectiveId());
        String top = ((RankingAnswer) context.scorer().referenceAnswer(scenario)).itemIds().get(0);
        return List.of(model.explanations(top).get(0).render(context.locale()));
    }

    /** The items in the order the class first sees them: shuffled, as the teams' drafts start. */
    @Override
    public List<String> slideChoices(ClassContext context) {
        return context.startingOrder(scenario).stream()
                .map(id -> itemName(context.caseData(), id, context.localization())).toList();
    }

    /** Names the order the perspective asks for ("most harmful first"), never a vague "most valuable". */
    @Override
    public String slideTask(ClassContext context) {
        return context.localization().get("presenter.task.ranking", context.caseData()
                .perspective(scenario.perspectiveId()).orElseThrow().labels().order().in(context.locale()));
    }

    /** An order of the items, on the same {@link RankingOrder} as the ranking view. */
    @Override
    public TeamDraft teamDraft(ClassContext context) {
        Localization localization = context.localization();
        return new RankingDraft(scenario, new RankingOrder(context.startingOrder(scenario),
                id -> itemName(context.caseData(), id, localization), localization));
    }

    @Override
    public Node teamEditor(TeamDraft draft, TeamEditing editing) {
        RankingDraft ranking = ScenarioKind.as(RankingDraft.class, draft, scenario);
        RankingBoard board = new RankingBoard(ranking.order(), id -> {
            Label label = new Label(itemName(editing.caseData(), id, editing.localization()));
            label.setWrapText(true);
            label.getStyleClass().add("team-card-text");
            return label;
        });
        board.getStyleClass().add("team-board");
        return board;
    }

    private static String itemName(Case caseData, String id, Localization localization) {
        return caseData.item(id).map(item -> item.name().in(localization.getLocale())).orElse(id);
    }

    @Override
    public boolean entersOnBoard() {
        return true;
    }
}
