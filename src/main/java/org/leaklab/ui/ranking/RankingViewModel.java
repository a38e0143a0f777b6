package org.leaklab.ui.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.Perspective;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scenario.StepViewModel;

/**
 * Answering a {@link RankingScenario}: the items in an order the player changes, for one
 * perspective, most valuable at the top. The cards start in the play-through's shuffled order
 * (never the pack's, which may be close to the answer). Any order is an answer, so the step is
 * ready from the start; it only counts as a draft once the player has changed the order.
 */
public final class RankingViewModel extends StepViewModel<RankingScenario> {
    private final Case caseData;
    private final Perspective perspective;
    private final Localization localization;
    private final RankingOrder order;
    private final ItemFacts facts;
    /** The cards whose details are open; kept here, so they stay open when the page is drawn again. */
    private final Set<String> detailsShown = new HashSet<>();
    private final boolean startedFromSaved;

    /**
     * @param caseData     the case the scenario belongs to
     * @param scenario     the ranking
     * @param saved        a draft or checked answer to start from; ignored unless it orders exactly
     *                     the scenario's items
     * @param start        the order the cards start in when there is nothing saved: the scenario's
     *                     items, shuffled ({@code PlayThrough.startingOrder})
     * @param facts        what the pack knows about each item, for the cards' details
     * @param localization the current language
     */
    public RankingViewModel(Case caseData, RankingScenario scenario, Optional<Answer> saved, List<String> start,
                            ItemFacts facts, Localization localization) {
        super(scenario, true);
        this.caseData = Objects.requireNonNull(caseData);
        this.localization = Objects.requireNonNull(localization);
        this.facts = Objects.requireNonNull(facts);
        this.perspective = caseData.perspective(scenario.perspectiveId()).orElseThrow(
                () -> new IllegalArgumentException("case " + caseData.id() + " has no perspective "
                        + scenario.perspectiveId()));
        for (String id : scenario.itemIds()) {
            item(id);
        }
        Optional<List<String>> savedOrder = saved.filter(RankingAnswer.class::isInstance)
                .map(answer -> ((RankingAnswer) answer).itemIds())
                .filter(this::ordersTheItems);
        if (!ordersTheItems(start)) {
            throw new IllegalArgumentException("start " + start + " is no order of " + scenario.itemIds());
        }
        this.startedFromSaved = savedOrder.isPresent();
        this.order = new RankingOrder(savedOrder.orElse(start), this::itemName, localization);
    }

    private boolean ordersTheItems(List<String> ids) {
        return ids.size() == scenario.itemIds().size() && new HashSet<>(ids).equals(new HashSet<>(scenario.itemIds()));
    }

    /** The order as it stands, most valuable first. */
    @Override
    public RankingAnswer currentAnswer() {
        return new RankingAnswer(order.snapshot());
    }

    /** Only an order the player has touched (or one saved before) is worth keeping as a draft. */
    @Override
    public boolean hasDraft() {
        return startedFromSaved || order.isChanged();
    }

    /** The order being arranged, with its keyboard grab state and announcements. */
    public RankingOrder order() {
        return order;
    }

    /** The scenario's title in the current language. */
    public String title() {
        return scenario.title().in(localization.getLocale());
    }

    /** The task. */
    public String prompt() {
        return scenario.prompt().in(localization.getLocale());
    }

    /** Whose view and what order: "Rank for the buying Marketplace seller: most valuable to the seller first". */
    public String perspectiveHeading() {
        Locale locale = localization.getLocale();
        return localization.get("ranking.perspective", perspective.name().in(locale),
                perspective.labels().order().in(locale));
    }

    /** "▲ Most valuable to the seller", above the first card. */
    public String topLabel() {
        return localization.get("ranking.top", perspective.labels().top().in(localization.getLocale()));
    }

    /** "▼ Least valuable to the seller", below the last card. */
    public String bottomLabel() {
        return localization.get("ranking.bottom", perspective.labels().bottom().in(localization.getLocale()));
    }

    /** What the pack knows about an item: buyer's use, harm, reported price, with sources. */
    public ItemFacts.Facts facts(String itemId) {
        return facts.of(itemId);
    }

    /** The facts' labels, marks and source opening. */
    public ItemFacts itemFacts() {
        return facts;
    }

    public boolean isDetailsShown(String itemId) {
        return detailsShown.contains(itemId);
    }

    public void setDetailsShown(String itemId, boolean shown) {
        if (shown) {
            detailsShown.add(itemId);
        } else {
            detailsShown.remove(itemId);
        }
    }

    /** The label of a card's details button: "Details" or "Hide details". */
    public String detailsText(boolean shown) {
        return localization.get(shown ? "items.details.hide" : "items.details.show");
    }

    /** The accessible name of a card's details button. */
    public String detailsAccessibleText(String itemId) {
        return localization.get("items.details.accessible", itemName(itemId));
    }

    /** What that perspective cares about. */
    public String perspectiveDescription() {
        return perspective.description().in(localization.getLocale());
    }

    /** An item's short name. */
    public String itemName(String itemId) {
        return item(itemId).name().in(localization.getLocale());
    }

    /** An item's one-line description for its card. */
    public String itemCard(String itemId) {
        return item(itemId).card().in(localization.getLocale());
    }

    /** False for contrasting items that were not sold in the case (they get a tag). */
    public boolean partOfCase(String itemId) {
        return item(itemId).partOfCase();
    }

    /** The tag on cards of items that were not sold in the case. */
    public String notPartOfCaseTag() {
        return localization.get("ranking.notPartOfCase");
    }

    private DataItem item(String itemId) {
        return caseData.item(itemId).orElseThrow(
                () -> new IllegalArgumentException("case " + caseData.id() + " has no item " + itemId));
    }
}
