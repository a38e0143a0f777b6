package org.leaklab.ui.choice;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scorefeedback.FeedbackLine;
import org.leaklab.ui.scorefeedback.ScenarioFeedbackViewModel;

/**
 * Feedback on a choice: the score, then every option with whether it was chosen, whether it is
 * right, its feedback and the points it gave or cost. Tone and points come from the scorer's
 * explanation of that option, so the page says exactly what the score is made of.
 */
public final class ChoiceFeedbackViewModel extends ScenarioFeedbackViewModel<ChoiceScenario> {
    /**
     * One option as the feedback shows it.
     *
     * @param id        the option's id
     * @param text      the option
     * @param chosen    whether the player chose it
     * @param chosenTag "Your choice" or "Not chosen"
     * @param quality   "Right", "Partly right" or "Wrong": what the option is, whoever chose it
     * @param feedback  why
     * @param points    "+25 points", "−12.5 points", "25 points missed", or empty
     * @param tone      how the player did on this option, from the scorer
     */
    public record OptionResult(String id, String text, boolean chosen, String chosenTag, String quality,
                               String feedback, String points, Explanation.Tone tone) {
        /** The tone's style class, see {@link FeedbackLine#toneStyleClass}. */
        public String styleClass() {
            return FeedbackLine.toneStyleClass(tone);
        }

        /** The tone's symbol. */
        public String symbol() {
            return FeedbackLine.symbol(tone);
        }
    }

    private final ChoiceAnswer answer;

    public ChoiceFeedbackViewModel(ChoiceScenario scenario, ChoiceAnswer answer, ScoreResult result,
                                   Localization localization) {
        super(scenario, result, localization);
        this.answer = Objects.requireNonNull(answer);
    }

    /** Every option in the question's order. */
    public List<OptionResult> options() {
        List<OptionResult> rows = new ArrayList<>();
        for (ChoiceOption option : scenario.options()) {
            boolean chosen = answer.optionIds().contains(option.id());
            Optional<Explanation> explanation = explanationOf(option);
            Explanation.Tone tone = explanation.map(Explanation::tone).orElse(Explanation.Tone.INFO);
            double points = explanation.map(Explanation::points).orElse(0.0);
            rows.add(new OptionResult(option.id(), option.text().in(localization.getLocale()), chosen,
                    chosen ? localization.get("choiceFeedback.chosen") : localization.get("choiceFeedback.notChosen"),
                    quality(option), option.feedback().in(localization.getLocale()),
                    pointsText(chosen, option, points), tone));
        }
        return rows;
    }

    /** How the score is worked out, for this kind of question. */
    public String scoringRule() {
        if (!scenario.multiple()) {
            return localization.get("choiceFeedback.rule.single");
        }
        double full = 100 / positiveCredit();
        return localization.get("choiceFeedback.rule.multiple", number(full));
    }

    /** Findings that belong to no single option, such as "You chose nothing". */
    public List<FeedbackLine> generalFindings() {
        List<Explanation> general = result.explanations().stream()
                .filter(e -> scenario.options().stream().noneMatch(o -> belongsTo(e, o)))
                .toList();
        return FeedbackLine.all(general, localization);
    }

    private Optional<Explanation> explanationOf(ChoiceOption option) {
        return result.explanations().stream().filter(e -> belongsTo(e, option)).findFirst();
    }

    /** The scorer names the option's text as the first argument of its finding about that option. */
    private static boolean belongsTo(Explanation explanation, ChoiceOption option) {
        return !explanation.args().isEmpty() && option.text().equals(explanation.args().get(0));
    }

    private String quality(ChoiceOption option) {
        if (option.credit() >= 1) {
            return localization.get("choiceFeedback.quality.right");
        }
        return option.credit() > 0 ? localization.get("choiceFeedback.quality.partly")
                : localization.get("choiceFeedback.quality.wrong");
    }

    private String pointsText(boolean chosen, ChoiceOption option, double points) {
        if (chosen) {
            if (Math.abs(points) < 0.05) {
                return localization.get("choiceFeedback.points.zero");
            }
            return points > 0 ? localization.get("choiceFeedback.points.plus", number(points))
                    : localization.get("choiceFeedback.points.minus", number(-points));
        }
        if (scenario.multiple() && option.credit() > 0) {
            return localization.get("choiceFeedback.points.missed", number(Math.abs(points)));
        }
        return "";
    }

    private double positiveCredit() {
        return scenario.options().stream().mapToDouble(o -> Math.max(0, o.credit())).sum();
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(localization.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
