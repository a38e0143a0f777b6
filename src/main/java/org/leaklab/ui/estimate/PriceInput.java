package org.leaklab.ui.estimate;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a price in US dollars as a person types it: {@code 1500}, {@code $1,500}, {@code 1,500.50 USD},
 * and in German {@code 1.500} or {@code 1.500,50 $}; {@code 2k} or {@code 1,5k} for thousands.
 * The locale decides which of '.' and ',' is the decimal mark; where a text uses both, the last one
 * is, so an English-style number typed in German still reads right. Never throws on bad input.
 */
public final class PriceInput {
    /** What a typed text turned out to be. */
    public sealed interface Result permits Empty, Price, NotANumber {
    }

    /** Nothing typed yet (or only spaces and a currency sign). */
    public record Empty() implements Result {
    }

    /** A number of dollars; the range is checked by the caller. */
    public record Price(double dollars) implements Result {
    }

    /** Text that is not a number. */
    public record NotANumber(String text) implements Result {
    }

    // Currency markers people type around a price; removed before reading the number.
    private static final Pattern CURRENCY = Pattern.compile("(?i)(us\\s*\\$|usd|us-dollars?|dollars?|\\$)");
    private static final Pattern THOUSANDS = Pattern.compile("(?i)\\s*(k|tsd\\.?|thousand|tausend)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[0-9.,]+");

    private final char decimalMark;
    private final char groupingMark;

    /** A reader for the conventions of {@code locale}. */
    public PriceInput(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Objects.requireNonNull(locale));
        char decimal = symbols.getDecimalSeparator();
        // Only '.' and ',' are typed as marks; locales with other symbols fall back to English use.
        this.decimalMark = decimal == ',' ? ',' : '.';
        this.groupingMark = decimalMark == ',' ? '.' : ',';
    }

    /** Reads {@code text}; {@code null} counts as empty. */
    public Result read(String text) {
        if (text == null) {
            return new Empty();
        }
        String rest = CURRENCY.matcher(text.trim()).replaceAll("").trim();
        double factor = 1;
        var thousands = THOUSANDS.matcher(rest);
        if (thousands.find() && thousands.start() > 0) {
            factor = 1000;
            rest = rest.substring(0, thousands.start());
        }
        rest = SPACES.matcher(rest).replaceAll("");
        if (rest.startsWith("-") || rest.startsWith("\u2212")) {
            // A negative price is still a number: the caller says it is below the range.
            factor = -factor;
            rest = rest.substring(1);
        }
        if (rest.isEmpty()) {
            return text.isBlank() || Math.abs(factor) == 1 && CURRENCY.matcher(text).find() && factor > 0
                    ? new Empty() : new NotANumber(text.trim());
        }
        if (!DIGITS_AND_MARKS.matcher(rest).matches() || !Character.isDigit(rest.charAt(0))
                && !(rest.length() > 1 && Character.isDigit(rest.charAt(1)))) {
            return new NotANumber(text.trim());
        }
        String plain = normalise(rest);
        if (plain == null) {
            return new NotANumber(text.trim());
        }
        try {
            return new Price(Double.parseDouble(plain) * factor);
        } catch (NumberFormatException e) {
            return new NotANumber(text.trim());
        }
    }

    /** The number with '.' as decimal point and no grouping, or null if the marks make no sense. */
    private String normalise(String number) {
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            int decimalAt = number.lastIndexOf(decimal);
            if (number.indexOf(decimal) != decimalAt) {
                return null;
            }
            String whole = number.substring(0, decimalAt);
            String fraction = number.substring(decimalAt + 1);
            if (!validGroups(whole, grouping) || fraction.indexOf(grouping) >= 0) {
                return null;
            }
            return whole.replace(String.valueOf(grouping), "") + "." + fraction;
        }
        char mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
        if (mark == 0) {
            return number;
        }
        int count = (int) number.chars().filter(c -> c == mark).count();
        if (mark == decimalMark && count == 1) {
            return number.replace(mark, '.');
        }
        if (validGroups(number, mark)) {
            return number.replace(String.valueOf(mark), "");
        }
        if (mark == groupingMark && count == 1) {
            // "1.5" typed in German: not a grouping (needs three digits after it), so a decimal point.
            return number.replace(mark, '.');
        }
        return null;
    }

    /** Whether {@code number} is digits grouped by {@code mark} in threes, such as 1,234,567. */
    private static boolean validGroups(String number, char mark) {
        if (number.indexOf(mark) < 0) {
            return !number.isEmpty();
        }
        String[] groups = number.split(Pattern.quote(String.valueOf(mark)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
