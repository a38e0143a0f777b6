package org.leaklab.ui.estimate;

import java.util.Objects;
import org.leaklab.model.EstimateScenario;
import org.leaklab.ui.common.Localization;

/**
 * The prices a guess may be: $1 to $10,000, the estimate slider's scale. Playing a case and
 * entering a team's answer in presenter mode accept the same prices, through this one definition,
 * and say the same about a price outside it.
 */
public final class PriceRange {
    /** Lowest guess: the model's, which the class network's phones use too. */
    public static final double MIN_DOLLARS = EstimateScenario.MIN_GUESS;
    /** Highest guess. */
    public static final double MAX_DOLLARS = EstimateScenario.MAX_GUESS;
    /**
     * The price that shows how to type one, in the message for text that is no price: far below
     * every reported figure, so that it hints at none.
     */
    public static final double EXAMPLE_DOLLARS = 12.5;

    private PriceRange() {
    }

    /** What a typed text is as a guess. */
    public sealed interface Reading permits Empty, Valid, Rejected {
    }

    /** Nothing typed (or only a currency sign). */
    public record Empty() implements Reading {
    }

    /** A price within the range. */
    public record Valid(double dollars) implements Reading {
    }

    /** Not a price, or one outside the range; the message says which and what to type instead. */
    public record Rejected(String message) implements Reading {
    }

    /** Whether {@code dollars} is a guess the range accepts. */
    public static boolean contains(double dollars) {
        return dollars >= MIN_DOLLARS && dollars <= MAX_DOLLARS;
    }

    /** Reads {@code text} as a guess the current language's way ({@link PriceInput}); messages in that language. */
    public static Reading read(String text, Localization localization) {
        Objects.requireNonNull(localization);
        PriceInput.Result result = new PriceInput(localization.getLocale()).read(text);
        if (result instanceof PriceInput.Price price) {
            double dollars = price.dollars();
            if (dollars < MIN_DOLLARS) {
                return new Rejected(localization.get("estimate.error.tooLow", amount(dollars, localization),
                        amount(MIN_DOLLARS, localization), amount(MAX_DOLLARS, localization)));
            }
            if (dollars > MAX_DOLLARS) {
                return new Rejected(localization.get("estimate.error.tooHigh", amount(dollars, localization),
                        amount(MIN_DOLLARS, localization), amount(MAX_DOLLARS, localization)));
            }
            return new Valid(dollars);
        }
        if (result instanceof PriceInput.NotANumber notANumber) {
            return new Rejected(localization.get("estimate.error.notANumber", notANumber.text(),
                    DollarAmounts.plain(EXAMPLE_DOLLARS, localization.getLocale())));
        }
        return new Empty();
    }

    private static String amount(double dollars, Localization localization) {
        return DollarAmounts.amount(dollars, localization);
    }
}
