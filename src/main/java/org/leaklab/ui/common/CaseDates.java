package org.leaklab.ui.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Renders the dates of case packs ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise
 * as the sources allow) the way readers of a language expect them: "September 2018",
 * "16. September 2018". A date the validator let through but that does not parse is shown as written.
 */
public final class CaseDates {
    private CaseDates() {
    }

    /** {@code date} in {@code locale}'s long form, no more precise than it was given. */
    public static String format(String date, Locale locale) {
        try {
            return switch (date.length()) {
                case 4 -> date;
                case 7 -> YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
                case 10 -> LocalDate.parse(date).format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
                default -> date;
            };
        } catch (DateTimeParseException e) {
            return date;
        }
    }
}
