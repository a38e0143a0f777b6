package org.leaklab.scoring;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.leaklab.i18n.Localizable;
import org.leaklab.i18n.Messages;
import org.leaklab.model.LocalizedText;

/**
 * A value written out as its terms ("competitive gain 5 × 0.4 + exclusivity 4 × 0.2"), rendered
 * with the number format of the requested language so it can be an {@link Explanation} argument.
 *
 * @param terms the non-zero terms, in attribute order
 */
public record WeightedSum(List<Term> terms) implements Localizable {
    /**
     * One attribute's part of a value.
     *
     * @param attribute attribute name
     * @param score     the item's score
     * @param weight    the perspective's weight
     */
    public record Term(LocalizedText attribute, int score, double weight) {
    }

    public WeightedSum {
        terms = List.copyOf(terms);
    }

    @Override
    public String in(Locale locale) {
        Locale supported = Messages.supportedLocale(locale);
        NumberFormat number = NumberFormat.getNumberInstance(supported);
        number.setMaximumFractionDigits(2);
        if (terms.isEmpty()) {
            return number.format(0);
        }
        StringJoiner joined = new StringJoiner(" + ");
        for (Term term : terms) {
            joined.add(term.attribute().in(supported) + " " + term.score() + " \u00d7 " + number.format(term.weight()));
        }
        return joined.toString();
    }
}
