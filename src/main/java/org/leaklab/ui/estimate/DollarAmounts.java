package org.leaklab.ui.estimate;

import java.text.NumberFormat;
import java.util.Locale;
import org.leaklab.ui.common.Localization;

/** Writes dollar prices the way the current language does: "$1,500" in English, "1.500 $" in German. */
public final class DollarAmounts {
    private DollarAmounts() {
    }

    /** A price as a plain number: "1,500", "1.500", "2.50"; cents only when there are any. */
    public static String plain(double dollars, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        boolean whole = Math.abs(dollars - Math.rint(dollars)) < 0.005;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        String text = format.format(dollars);
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** A price with the dollar sign where the language puts it. */
    public static String amount(double dollars, Localization localization) {
        return localization.get("estimate.amount", plain(dollars, localization.getLocale()));
    }
}
