package org.leaklab.ui.scorefeedback;

import java.util.List;
import java.util.Objects;
import org.leaklab.scoring.Explanation;
import org.leaklab.ui.common.Localization;

/**
 * One sentence of feedback rendered for the current language, with the tone that decides its
 * symbol and colour.
 *
 * @param text     the sentence
 * @param tone     right, partly right, wrong or background
 * @param spoken   the tone in words and the sentence, for screen readers
 */
public record FeedbackLine(String text, Explanation.Tone tone, String spoken) {
    public FeedbackLine {
        Objects.requireNonNull(text);
        Objects.requireNonNull(tone);
        Objects.requireNonNull(spoken);
    }

    /** {@code explanation} rendered in the current language. */
    public static FeedbackLine of(Explanation explanation, Localization localization) {
        String text = explanation.render(localization.getLocale());
        return new FeedbackLine(text, explanation.tone(),
                localization.get("answers.line.accessible", toneName(explanation.tone(), localization), text));
    }

    /** Every explanation rendered in the current language, in order. */
    public static List<FeedbackLine> all(List<Explanation> explanations, Localization localization) {
        return explanations.stream().map(e -> of(e, localization)).toList();
    }

    /** The tone in words: "Right", "Partly right", "Not right", "Note". */
    public static String toneName(Explanation.Tone tone, Localization localization) {
        return switch (tone) {
            case CORRECT -> localization.get("answers.tone.correct");
            case PARTLY -> localization.get("answers.tone.partly");
            case WRONG -> localization.get("answers.tone.wrong");
            case INFO -> localization.get("answers.tone.info");
        };
    }

    /** The style class of the tone: {@code tone-correct}, {@code tone-partly}, {@code tone-wrong}, {@code tone-info}. */
    public String styleClass() {
        return toneStyleClass(tone);
    }

    /** The style class of {@code tone}. */
    public static String toneStyleClass(Explanation.Tone tone) {
        return switch (tone) {
            case CORRECT -> "tone-correct";
            case PARTLY -> "tone-partly";
            case WRONG -> "tone-wrong";
            case INFO -> "tone-info";
        };
    }

    /** The symbol shown before the sentence, so the tone does not rest on colour alone. */
    public static String symbol(Explanation.Tone tone) {
        return switch (tone) {
            case CORRECT -> "\u2713";
            case PARTLY -> "\u25d0";
            case WRONG -> "\u2717";
            case INFO -> "\u2139";
        };
    }
}
