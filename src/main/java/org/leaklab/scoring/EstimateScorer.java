package org.leaklab.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.leaklab.model.Case;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.Source;

/**
 * Scores a price guess on a log scale, because prices of data span many orders of magnitude and
 * being off by a factor of ten is the same mistake at $1 as at $1,000.
 * <p>
 * The curve: let {@code d} be the distance in decades from the guess to the source's range,
 * {@code d = 0} inside {@code [low, high]}, else {@code |log10(guess / nearest bound)|}. Then
 * {@code score = 100 × max(0, 1 − d / 2)}: full marks inside the range, 50 points for a guess a
 * factor of 10 off, 0 from a factor of 100 off. For a single figure ({@code low == high}) the
 * bound is the figure itself, so {@code d = |log10(guess / reference)|}. The score falls
 * continuously and never rises as the guess moves away from the range. A guess that is not a
 * positive number scores 0.
 */
public final class EstimateScorer {
    /** Decades off the range at which the score reaches 0. */
    public static final double ZERO_AT_DECADES = 2.0;

    private final Case caseData;

    /** A scorer that names sources from {@code caseData}. */
    public EstimateScorer(Case caseData) {
        this.caseData = Objects.requireNonNull(caseData, "caseData");
    }

    /** The score for a guess, see the class comment for the curve. */
    public static double scoreFor(EstimateScenario scenario, double guess) {
        if (!(guess > 0) || Double.isInfinite(guess)) {
            return 0;
        }
        return Math.max(0, Math.min(100, 100 * (1 - decadesOff(scenario, guess) / ZERO_AT_DECADES)));
    }

    /** Distance in decades from {@code guess} (positive, finite) to the scenario's range; 0 inside it. */
    public static double decadesOff(EstimateScenario scenario, double guess) {
        if (guess < scenario.low()) {
            return Math.log10(scenario.low() / guess);
        }
        if (guess > scenario.high()) {
            return Math.log10(guess / scenario.high());
        }
        return 0;
    }

    /** The reference answer: the middle of the range on the log scale. */
    public EstimateAnswer referenceAnswer(EstimateScenario scenario) {
        return new EstimateAnswer(scenario.logMidpoint());
    }

    /** Scores {@code answer} and says how far off it was, the real figure and its source. */
    public ScoreResult score(EstimateScenario scenario, EstimateAnswer answer) {
        double guess = answer.value();
        double score = scoreFor(scenario, guess);
        List<Explanation> lines = new ArrayList<>();
        boolean single = scenario.isSingleFigure();
        if (!(guess > 0) || Double.isInfinite(guess)) {
            lines.add(Explanation.of(Explanation.Tone.WRONG, -100, "scoring.estimate.invalid", String.valueOf(guess)));
        } else if (guess < scenario.low()) {
            double factor = scenario.low() / guess;
            lines.add(Explanation.of(tone(score), score - 100,
                    single ? "scoring.estimate.low.single" : "scoring.estimate.low.range",
                    guess, factor, scenario.low(), scenario.high()));
        } else if (guess > scenario.high()) {
            double factor = guess / scenario.high();
            lines.add(Explanation.of(tone(score), score - 100,
                    single ? "scoring.estimate.high.single" : "scoring.estimate.high.range",
                    guess, factor, scenario.low(), scenario.high()));
        } else {
            lines.add(Explanation.of(Explanation.Tone.CORRECT, 0,
                    single ? "scoring.estimate.inside.single" : "scoring.estimate.inside.range",
                    guess, scenario.low(), scenario.high()));
        }
        lines.add(Explanation.info(single ? "scoring.estimate.reference.single" : "scoring.estimate.reference.range",
                scenario.low(), scenario.high(), sourceNames(scenario)));
        lines.add(Explanation.info("scoring.estimate.context", scenario.explanation()));
        lines.add(Explanation.info("scoring.estimate.curve"));
        return new ScoreResult(score, lines);
    }

    private String sourceNames(EstimateScenario scenario) {
        return scenario.sourceIds().stream()
                .map(id -> caseData.source(id).map(Source::name).orElse(id))
                .collect(Collectors.joining("; "));
    }

    private static Explanation.Tone tone(double score) {
        return score >= 50 ? Explanation.Tone.PARTLY : Explanation.Tone.WRONG;
    }
}
