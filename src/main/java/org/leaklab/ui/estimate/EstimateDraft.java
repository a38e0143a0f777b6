package org.leaklab.ui.estimate;

import java.text.NumberFormat;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leaklab.model.Answer;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.TeamDraft;

/** A team's price, as the teacher types it; read with the same {@link PriceInput} and {@link PriceRange} as in play. */
public final class EstimateDraft implements TeamDraft {
    private final EstimateScenario scenario;
    private final Localization localization;
    private final StringProperty price = new SimpleStringProperty(this, "price", "");

    EstimateDraft(EstimateScenario scenario, Localization localization) {
        this.scenario = Objects.requireNonNull(scenario);
        this.localization = Objects.requireNonNull(localization);
    }

    /** The price as typed. */
    public StringProperty priceProperty() {
        return price;
    }

    @Override
    public Reading read() {
        PriceInput.Result read = new PriceInput(localization.getLocale()).read(price.get());
        // The same prices as in play: the one PriceRange, the estimate slider's scale.
        if (read instanceof PriceInput.Price value && PriceRange.contains(value.dollars())) {
            return new Answered(new EstimateAnswer(value.dollars()));
        }
        String typed = price.get() == null ? "" : price.get().strip();
        return new Missing(() -> read instanceof PriceInput.Empty ? localization.get("teams.entry.problem.priceEmpty")
                : read instanceof PriceInput.Price value ? localization.get("teams.entry.problem.priceRange",
                        DollarAmounts.amount(value.dollars(), localization),
                        DollarAmounts.amount(PriceRange.MIN_DOLLARS, localization),
                        DollarAmounts.amount(PriceRange.MAX_DOLLARS, localization))
                : localization.get("teams.entry.problem.priceNumber", typed));
    }

    @Override
    public void show(Answer answer) {
        NumberFormat number = NumberFormat.getNumberInstance(localization.getLocale());
        number.setMaximumFractionDigits(2);
        price.set(number.format(answerOf(EstimateAnswer.class, scenario, answer).value()));
    }

    @Override
    public void onEdit(Runnable edited) {
        price.addListener((obs, old, now) -> edited.run());
    }
}
