package org.leaklab.scoring;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of scoring one answer: a score from 0 to 100 and the reasons for it, most general
 * first.
 *
 * @param score        0 (nothing right) to 100 (the reference answer)
 * @param explanations the findings behind the score
 */
public record ScoreResult(double score, List<Explanation> explanations) {
    public ScoreResult {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score outside 0..100: " + score);
        }
        explanations = List.copyOf(explanations);
    }

    /** The score rounded to a whole number, for display. */
    public int rounded() {
        return (int) Math.round(score);
    }

    /** Whether this is full marks (allowing for floating-point noise). */
    public boolean isFullMarks() {
        return score >= 100 - 1e-9;
    }

    /** Every explanation rendered in {@code locale}, in order. */
    public List<String> render(Locale locale) {
        return explanations.stream().map(e -> e.render(locale)).toList();
    }
}
