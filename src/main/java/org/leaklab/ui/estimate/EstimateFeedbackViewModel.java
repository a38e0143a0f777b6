package org.leaklab.ui.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;
import org.leaklab.ui.scorefeedback.FeedbackLine;
import org.leaklab.ui.scorefeedback.ScenarioFeedbackViewModel;

/**
 * Feedback on a price guess: the score, the guess and the reported figure on one log axis from
 * $1 to $10,000, why the score is what it is, what the figure means and where it comes from.
 * Axis positions are fractions of the axis width (0 at $1, 1 at $10,000); the view turns them into pixels.
 */
public final class EstimateFeedbackViewModel extends ScenarioFeedbackViewModel<EstimateScenario> {
    /** A decade mark on the axis: where it sits (0..1) and its label. */
    public record Tick(double fraction, String label) {
    }

    /** The key of the explanation that repeats the scenario's own explanation; shown apart, not twice. */
    private static final String CONTEXT_KEY = "scoring.estimate.context";

    private final EstimateAnswer answer;
    private final SourceLinks sourceLinks;

    /** @param sourceLinks the case's sources, opened in the browser with a note in the status line */
    public EstimateFeedbackViewModel(EstimateScenario scenario, EstimateAnswer answer, ScoreResult result,
                                     Localization localization, SourceLinks sourceLinks) {
        super(scenario, result, localization);
        this.answer = Objects.requireNonNull(answer);
        this.sourceLinks = Objects.requireNonNull(sourceLinks);
    }

    /** Where the guess sits on the axis, 0..1 (clamped: a guess off the scale sits at its end). */
    public double guessFraction() {
        return fraction(answer.value());
    }

    /** Where the reported range starts on the axis. */
    public double rangeStartFraction() {
        return fraction(scenario.low());
    }

    /** Where the reported range ends; the same as the start for a single figure. */
    public double rangeEndFraction() {
        return fraction(scenario.high());
    }

    /** Whether the guess lies inside the reported range. */
    public boolean guessInRange() {
        return answer.value() >= scenario.low() && answer.value() <= scenario.high();
    }

    /** The marks at $1, $10, $100, $1,000 and $10,000. */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int decade = (int) EstimateViewModel.MIN_POSITION; decade <= EstimateViewModel.MAX_POSITION; decade++) {
            ticks.add(new Tick(decade / EstimateViewModel.MAX_POSITION,
                    DollarAmounts.amount(Math.pow(10, decade), localization)));
        }
        return ticks;
    }

    /** "Your guess: $1,200". */
    public String guessLabel() {
        return localization.get("estimateFeedback.guess", DollarAmounts.amount(answer.value(), localization));
    }

    /** "Reported: $80 to $2,000" or "Reported: $300". */
    public String referenceLabel() {
        return scenario.isSingleFigure()
                ? localization.get("estimateFeedback.reference.single", DollarAmounts.amount(scenario.low(), localization))
                : localization.get("estimateFeedback.reference.range", DollarAmounts.amount(scenario.low(), localization),
                DollarAmounts.amount(scenario.high(), localization));
    }

    /** The chart in one sentence, for screen readers. */
    public String chartDescription() {
        return localization.get("estimateFeedback.chart.accessible", guessLabel(), referenceLabel());
    }

    /** Why the score is what it is: how far off, the real figure and its source, how it is scored. */
    public List<FeedbackLine> explanations() {
        return FeedbackLine.all(result.explanations().stream()
                .filter(e -> !CONTEXT_KEY.equals(e.key())).toList(), localization);
    }

    /** What the real figure means, from the case pack (such as the five-review minimum behind "$300"). */
    public String figureExplanation() {
        return scenario.explanation().in(localization.getLocale());
    }

    /** The sources of the figure, in the order the scenario names them. */
    public List<SourceLink> sources() {
        List<SourceLink> all = sourceLinks.links();
        return scenario.sourceIds().stream()
                .flatMap(id -> all.stream().filter(link -> link.id().equals(id)).findFirst().stream())
                .toList();
    }

    /** "Open eRecht24 ... in your browser", for screen readers. */
    public String sourceAccessibleText(SourceLink source) {
        return localization.get("estimateFeedback.source.open", source.name());
    }

    /** Opens a source in the system browser; a browser that cannot start is reported, not thrown. */
    public void open(SourceLink source) {
        sourceLinks.open(source);
    }

    private static double fraction(double dollars) {
        return (EstimateViewModel.positionFor(dollars) - EstimateViewModel.MIN_POSITION)
                / (EstimateViewModel.MAX_POSITION - EstimateViewModel.MIN_POSITION);
    }
}
