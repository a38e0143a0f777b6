package org.leaklab.ui.scorefeedback;

import java.util.Objects;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.ui.common.Localization;

/**
 * The score of a checked answer as a feedback page shows it: the rounded number, a verdict in
 * words and the style class of its band, shared by the estimate, choice and decision feedback.
 */
public final class ScoreSummary {
    /** Scores from here up are "well done" and coloured as good, here and in the summary's chart. */
    public static final int GOOD_FROM = 70;
    /** Scores from here up (and below {@link #GOOD_FROM}) are "partly right". */
    public static final int PARTLY_FROM = 40;

    private final ScoreResult result;
    private final Localization localization;

    public ScoreSummary(ScoreResult result, Localization localization) {
        this.result = Objects.requireNonNull(result);
        this.localization = Objects.requireNonNull(localization);
    }

    /** The score, 0 to 100, rounded as everywhere else ({@link ScoreResult#rounded()}). */
    public int score() {
        return result.rounded();
    }

    /** The score as shown in the badge. */
    public String scoreText() {
        return Integer.toString(score());
    }

    /** "of 100 points", under the number. */
    public String outOfText() {
        return localization.get("answers.score.outOf");
    }

    /** The whole score in one sentence, for screen readers. */
    public String accessibleText() {
        return localization.get("answers.score.accessible", score());
    }

    /** A word about the score: full marks, well done, partly right, not quite. */
    public String verdict() {
        if (result.isFullMarks()) {
            return localization.get("answers.verdict.full");
        }
        if (score() >= GOOD_FROM) {
            return localization.get("answers.verdict.good");
        }
        if (score() >= PARTLY_FROM) {
            return localization.get("answers.verdict.partly");
        }
        return localization.get("answers.verdict.low");
    }

    /** The style class of the score's band, for its colour. */
    public String styleClass() {
        if (result.isFullMarks() || score() >= GOOD_FROM) {
            return "score-good";
        }
        return score() >= PARTLY_FROM ? "score-partly" : "score-low";
    }
}
