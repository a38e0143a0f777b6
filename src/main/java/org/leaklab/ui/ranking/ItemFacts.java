package org.leaklab.ui.ranking;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.PriceReference;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.SourceLink;
import org.leaklab.ui.common.SourceLinks;

/**
 * What the case pack knows about an item, ready to show where a student looks for it (a ranking
 * card's details, the "Why?" pop-over, the ranking feedback): what a buyer can do with it, how it
 * can hurt, and its reported price with the source and the year, each with its sources. A price
 * that an estimate of the play-through asks for stays hidden until that estimate is answered, so
 * no page gives an answer away before its question.
 */
public final class ItemFacts {
    /**
     * One item's facts in the current language.
     *
     * @param itemId          the item
     * @param name            its name
     * @param itemSources     the sources for what the item is and that it was on sale
     * @param buyerUse        what a buyer can do with it
     * @param buyerUseSources the sources of that
     * @param harm            how it can hurt the people it is about
     * @param harmSources     the sources of that
     * @param price           the reported price ("$300 per review; ... (figure for 2018)"), or why it
     *                        is not shown yet, or that none is known
     * @param priceSources    the source of the price; empty while it is hidden
     * @param priceHidden     true while an unanswered estimate asks for this price
     */
    public record Facts(String itemId, String name, List<SourceLink> itemSources, String buyerUse, List<SourceLink> buyerUseSources, String harm,
                        List<SourceLink> harmSources, String price, List<SourceLink> priceSources,
                        boolean priceHidden) {
    }

    private final Case caseData;
    private final SourceLinks sources;
    private final Localization localization;
    private final Predicate<String> answered;

    /**
     * @param caseData     the case as played (its estimates decide which prices wait)
     * @param sources      the case's sources, for the marks and for opening them
     * @param localization the current language
     * @param answered     whether the scenario with this id has a checked answer in the play-through
     */
    public ItemFacts(Case caseData, SourceLinks sources, Localization localization, Predicate<String> answered) {
        this.caseData = Objects.requireNonNull(caseData);
        this.sources = Objects.requireNonNull(sources);
        this.localization = Objects.requireNonNull(localization);
        this.answered = Objects.requireNonNull(answered);
    }

    /** The facts of {@code itemId}. */
    public Facts of(String itemId) {
        DataItem item = caseData.item(itemId).orElseThrow(
                () -> new IllegalArgumentException("case " + caseData.id() + " has no item " + itemId));
        Locale locale = localization.getLocale();
        Optional<EstimateScenario> waitingFor = waitingEstimate(itemId);
        String price;
        List<SourceLink> priceSources = List.of();
        if (item.referencePrice().isEmpty()) {
            price = localization.get("items.price.none");
        } else if (waitingFor.isPresent()) {
            price = localization.get("items.price.hidden", waitingFor.get().title().in(locale));
        } else {
            PriceReference reference = item.referencePrice().get();
            price = priceText(reference);
            priceSources = sources.cited(List.of(reference.sourceId()));
        }
        return new Facts(itemId, item.name().in(locale), sources.cited(item.sourceIds()), item.buyerUse().in(locale),
                sources.cited(item.buyerUseSourceIds()),
                item.harm().in(locale), sources.cited(item.harmSourceIds()), price, priceSources,
                waitingFor.isPresent());
    }

    /** The first estimate of the case as played that asks for this item's price and is not answered yet. */
    private Optional<EstimateScenario> waitingEstimate(String itemId) {
        return caseData.scenarios().stream().filter(EstimateScenario.class::isInstance)
                .map(EstimateScenario.class::cast)
                .filter(estimate -> estimate.itemIds().contains(itemId) && !answered.test(estimate.id()))
                .findFirst();
    }

    /**
     * "$80 to $2,000 for the data on offer as a whole, as the German article gives it (figure for
     * 2018)": the pack's unit follows the amount as a phrase.
     */
    String priceText(PriceReference reference) {
        String amount = reference.isSingleFigure() ? amount(reference.low(), reference.currency())
                : localization.get("items.price.range", amount(reference.low(), reference.currency()),
                        amount(reference.high(), reference.currency()));
        return localization.get("items.price.value", amount, reference.unit().in(localization.getLocale()),
                String.valueOf(reference.year()));
    }

    /** An amount with its currency the language's way: "$2,000", "£27", "0,0005 $". */
    String amount(double value, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(localization.getLocale());
        boolean whole = value >= 1 && Math.abs(value - Math.rint(value)) < 0.005;
        format.setMinimumFractionDigits(whole ? 0 : value < 1 ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : value < 1 ? 4 : 2);
        String symbol = switch (currency) {
            case "USD" -> "$";
            case "GBP" -> "\u00a3";
            case "EUR" -> "\u20ac";
            default -> currency;
        };
        return localization.get("items.price.amount", format.format(value), symbol);
    }

    /** "Sources:", before the marks. */
    public String marksLead() {
        return localization.get("sources.marks");
    }

    /** Opens a source in the browser. */
    public void open(SourceLink source) {
        sources.open(source);
    }

    /** The labels of the three facts: what a buyer does, the harm, the price. */
    public String buyerUseLabel() {
        return localization.get("items.buyerUse");
    }

    public String harmLabel() {
        return localization.get("items.harm");
    }

    public String priceLabel() {
        return localization.get("items.price");
    }
}
