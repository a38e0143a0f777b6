package org.leaklab.ui.presenter;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
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
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.estimate.DollarAmounts;
import org.leaklab.ui.estimate.PriceInput;
import org.leaklab.ui.estimate.PriceRange;
import org.leaklab.ui.ranking.RankingOrder;

/**
 * What the teacher is entering for one team in one scenario, before it is confirmed: an order of
 * the items (the same {@link RankingOrder} as the ranking view), a typed price, the chosen
 * options, or the ending a team reached in a decision story. {@link #answer()} turns the draft
 * into an answer, or sets an inline message and gives nothing.
 */
public final class TeamEntry {
    private final int team;
    private final Scenario scenario;
    private final Localization localization;
    private final RankingOrder order;
    /** A single-answer question: choosing an option un-chooses the others. */
    private final boolean singleChoice;
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final ObservableSet<String> chosen = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<String> ending = new SimpleObjectProperty<>(this, "ending");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The message, rendered again in a newly chosen language. */
    private java.util.function.Supplier<String> problemText = () -> "";
    private final javafx.beans.value.ChangeListener<java.util.Locale> languageFollower =
            (obs, old, now) -> problem.set(problemText.get());

    /** @param start the order a ranking's cards start in (shuffled, as in play); ignored for other kinds */
    TeamEntry(int team, Scenario scenario, Case caseData, List<String> start, Localization localization) {
        this.team = team;
        this.scenario = Objects.requireNonNull(scenario);
        this.localization = Objects.requireNonNull(localization);
        switch (scenario) {
            case RankingScenario _ -> {
                order = new RankingOrder(start,
                        id -> caseData.item(id).map(item -> item.name().in(localization.getLocale())).orElse(id),
                        localization);
                singleChoice = false;
            }
            case ChoiceScenario choice -> {
                order = null;
                singleChoice = !choice.multiple();
            }
            case EstimateScenario _, DecisionScenario _ -> {
                order = null;
                singleChoice = false;
            }
        }
        price.addListener((obs, old, now) -> clearProblem());
        chosen.addListener((javafx.collections.SetChangeListener<String>) change -> clearProblem());
        ending.addListener((obs, old, now) -> clearProblem());
        localization.localeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(languageFollower));
    }

    /** The team's position in the team list, from 0. */
    public int team() {
        return team;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The order being entered; only for a ranking scenario. */
    public Optional<RankingOrder> order() {
        return Optional.ofNullable(order);
    }

    /** The price as typed; for an estimate scenario. */
    public StringProperty priceProperty() {
        return price;
    }

    /** The chosen option ids; for a choice scenario. */
    public ObservableSet<String> getChosen() {
        return chosen;
    }

    /** Chooses or un-chooses an option; a single-answer question keeps only the last one chosen. */
    public void toggle(String optionId) {
        if (chosen.contains(optionId)) {
            chosen.remove(optionId);
            return;
        }
        if (singleChoice) {
            chosen.clear();
        }
        chosen.add(optionId);
    }

    /** The id of the ending the team reached; for a decision scenario. */
    public ObjectProperty<String> endingProperty() {
        return ending;
    }

    /** Why the draft cannot be confirmed; empty when it can or nothing was tried yet. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows a recorded answer in the draft again, e.g. after an undo or when coming back to a scenario. */
    void show(Answer answer) {
        switch (scenario) {
            case RankingScenario _ -> {
                List<String> items = answerOf(RankingAnswer.class, scenario, answer).itemIds();
                for (int i = 0; i < items.size(); i++) {
                    order.moveTo(items.get(i), i);
                }
            }
            case EstimateScenario _ -> {
                java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(localization.getLocale());
                number.setMaximumFractionDigits(2);
                price.set(number.format(answerOf(EstimateAnswer.class, scenario, answer).value()));
            }
            case ChoiceScenario _ -> {
                chosen.clear();
                chosen.addAll(answerOf(ChoiceAnswer.class, scenario, answer).optionIds());
            }
            case DecisionScenario decision -> ending.set(org.leaklab.ui.decision.StoryPath
                    .walk(decision, answerOf(DecisionAnswer.class, scenario, answer).optionIds()).ending()
                    .map(org.leaklab.model.EndState::id).orElse(null));
        }
        clearProblem();
    }

    private void clearProblem() {
        setProblem(() -> "");
    }

    private void setProblem(java.util.function.Supplier<String> text) {
        problemText = text;
        problem.set(text.get());
    }

    /** The draft as an answer, or empty with an inline message saying what is missing. */
    public Optional<Answer> answer() {
        return switch (scenario) {
            case RankingScenario _ -> Optional.of(new RankingAnswer(order.snapshot()));
            case ChoiceScenario _ -> {
                if (chosen.isEmpty()) {
                    setProblem(() -> localization.get("teams.entry.problem.choice"));
                    yield Optional.empty();
                }
                yield Optional.of(new ChoiceAnswer(Set.copyOf(chosen)));
            }
            case DecisionScenario decision -> {
                Optional<List<String>> path = Optional.ofNullable(ending.get())
                        .flatMap(end -> StoryEndings.pathTo(decision, end));
                if (path.isEmpty()) {
                    setProblem(() -> localization.get("teams.entry.problem.ending"));
                    yield Optional.empty();
                }
                yield Optional.of(new DecisionAnswer(path.get()));
            }
            case EstimateScenario _ -> priceAnswer();
        };
    }

    private Optional<Answer> priceAnswer() {
        PriceInput.Result read = new PriceInput(localization.getLocale()).read(price.get());
        // The same prices as in play: the one PriceRange, the estimate slider's scale.
        if (read instanceof PriceInput.Price value && PriceRange.contains(value.dollars())) {
            return Optional.of(new EstimateAnswer(value.dollars()));
        }
        String typed = price.get() == null ? "" : price.get().strip();
        setProblem(() -> read instanceof PriceInput.Empty ? localization.get("teams.entry.problem.priceEmpty")
                : read instanceof PriceInput.Price value ? localization.get("teams.entry.problem.priceRange",
                        DollarAmounts.amount(value.dollars(), localization),
                        DollarAmounts.amount(PriceRange.MIN_DOLLARS, localization),
                        DollarAmounts.amount(PriceRange.MAX_DOLLARS, localization))
                : localization.get("teams.entry.problem.priceNumber", typed));
        return Optional.empty();
    }
}
