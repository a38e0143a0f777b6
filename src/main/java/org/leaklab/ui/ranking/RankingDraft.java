package org.leaklab.ui.ranking;

import java.util.List;
import java.util.Objects;
import org.leaklab.model.Answer;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.scenario.TeamDraft;

/** A team's order of the items, as the teacher moves the cards on the team's board. */
public final class RankingDraft implements TeamDraft {
    private final RankingScenario scenario;
    private final RankingOrder order;

    RankingDraft(RankingScenario scenario, RankingOrder order) {
        this.scenario = Objects.requireNonNull(scenario);
        this.order = Objects.requireNonNull(order);
    }

    /** The order being entered. */
    public RankingOrder order() {
        return order;
    }

    @Override
    public boolean holdsArrowKeys() {
        return order.getGrabbed() != null;
    }

    /** Any order is an answer. */
    @Override
    public Reading read() {
        return new Answered(new RankingAnswer(order.snapshot()));
    }

    @Override
    public void show(Answer answer) {
        List<String> items = answerOf(RankingAnswer.class, scenario, answer).itemIds();
        for (int i = 0; i < items.size(); i++) {
            order.moveTo(items.get(i), i);
        }
    }

    /** Nothing to do: an order is always an answer, so there is never a message to clear. */
    @Override
    public void onEdit(Runnable edited) {
        Objects.requireNonNull(edited);
    }
}
