package org.leaklab.ui.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.scoring.ValueBreakdown;
import org.leaklab.scoring.ValueModel;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.scorefeedback.FeedbackLine;

/**
 * The feedback on a checked ranking: the score, the player's order beside the reference order
 * of the value model, the findings of the scorer (wrongly ordered pairs first, then the plain
 * figures), and each item's value as its weighted contributions. Everything is computed here from
 * the model and the score result, so the view only draws it.
 */
public final class RankingFeedbackViewModel {
    /** How an item of the player's order stands against the reference. */
    public enum Placement {
        /** At its reference place. */
        RIGHT,
        /** At another place, but worth the same as the item there, so it counts as right. */
        TIED,
        /** Placed above where it belongs. */
        TOO_HIGH,
        /** Placed below where it belongs. */
        TOO_LOW
    }

    /**
     * One place of the player's order.
     *
     * @param place          1 at the top
     * @param itemId         the item put there
     * @param name           its name
     * @param referencePlace where the reference puts it
     * @param placement      right or how far off
     * @param placementText  the same in words ("2 places too high")
     * @param accessibleText the whole place in words, for screen readers
     */
    public record YourPlace(int place, String itemId, String name, int referencePlace, Placement placement,
                            String placementText, String accessibleText) {
        /** Whether this place counts as right. */
        public boolean right() {
            return placement == Placement.RIGHT || placement == Placement.TIED;
        }
    }

    /**
     * One place of the reference order.
     *
     * @param place     1 at the top
     * @param itemId    the item
     * @param name      its name
     * @param value     its value in the model
     * @param valueText the value in words ("value 3.45")
     * @param accessibleText the whole place in words, for screen readers
     */
    public record ReferencePlace(int place, String itemId, String name, double value, String valueText,
                                 String accessibleText) {
    }

    /**
     * One attribute's share of an item's value, for a bar segment.
     *
     * @param attributeId the attribute
     * @param colour      1 to {@link #COLOURS}: the chart colour of the attribute, the same in every chart
     * @param score       the item's score
     * @param weight      the perspective's weight
     * @param value       {@code score × weight}
     * @param text        "Gain for the buyer: 5 × 0.4 = 2"
     * @param shortText   "5 × 0.4", to fit inside the bar
     */
    public record Segment(String attributeId, int colour, int score, double weight, double value, String text,
                          String shortText) {
    }

    /**
     * An item's value and what it is made of.
     *
     * @param itemId         the item
     * @param name           its name
     * @param total          its value, the sum of the segments
     * @param totalText      the value as shown
     * @param segments       the non-zero contributions, in attribute order
     * @param accessibleText the whole bar in words
     */
    public record ItemValue(String itemId, String name, double total, String totalText, List<Segment> segments,
                            String accessibleText) {
    }

    /**
     * A chart legend entry for an attribute the perspective weighs.
     *
     * @param attributeId the attribute
     * @param colour      its chart colour, 1 to {@link #COLOURS}
     * @param text        "Gain for the buyer (weight 0.4)"
     */
    public record LegendEntry(String attributeId, int colour, String text) {
    }

    /** Number of distinct chart colours; attributes beyond that share them in turn. */
    public static final int COLOURS = 6;

    /**
     * The scorer's figures for readers who want the measures behind the score (Kendall tau, the
     * footrule, the position-weighted distance): behind a "details" disclosure, not beside the score.
     */
    static final java.util.Set<String> TECHNICAL_KEYS = java.util.Set.of("scoring.ranking.pairs",
            "scoring.ranking.footrule", "scoring.ranking.weighted");

    private final RankingScenario scenario;
    private final RankingAnswer answer;
    private final ScoreResult result;
    private final ValueModel model;
    private final Localization localization;
    private final ItemFacts facts;
    private final List<String> reference;

    /**
     * @param scenario     the ranking answered
     * @param answer       the player's order
     * @param result       its score, as the play-through kept it
     * @param model        the value model of the scenario's perspective, which gives the reference order
     * @param facts        what the pack knows about each item, for "Why?" and the items' card
     * @param localization the current language
     */
    public RankingFeedbackViewModel(RankingScenario scenario, RankingAnswer answer, ScoreResult result,
                                    ValueModel model, ItemFacts facts, Localization localization) {
        this.scenario = Objects.requireNonNull(scenario);
        this.answer = Objects.requireNonNull(answer);
        this.result = Objects.requireNonNull(result);
        this.model = Objects.requireNonNull(model);
        this.localization = Objects.requireNonNull(localization);
        this.facts = Objects.requireNonNull(facts);
        if (!model.perspective().id().equals(scenario.perspectiveId())) {
            throw new IllegalArgumentException("the model values for " + model.perspective().id()
                    + ", the scenario ranks for " + scenario.perspectiveId());
        }
        if (!new HashSet<>(answer.itemIds()).equals(new HashSet<>(scenario.itemIds()))
                || answer.itemIds().size() != scenario.itemIds().size()) {
            throw new IllegalArgumentException("answer " + answer.itemIds() + " is no order of " + scenario.itemIds());
        }
        this.reference = model.referenceRanking(scenario.itemIds());
    }

    private Locale locale() {
        return localization.getLocale();
    }

    /** The score, 0 to 100, rounded as everywhere else. */
    public int score() {
        return result.rounded();
    }

    public String scoreText() {
        return Integer.toString(score());
    }

    /** "Score: 78 of 100", for screen readers. */
    public String scoreAccessibleText() {
        return localization.get("ranking.feedback.score.accessible", score());
    }

    /** The scenario's title. */
    public String title() {
        return scenario.title().in(locale());
    }

    /** "Ranked for the buying Marketplace seller: most valuable to the seller first". */
    public String perspectiveText() {
        return localization.get("ranking.feedback.perspective", model.perspective().name().in(locale()),
                model.perspective().labels().order().in(locale()));
    }

    /**
     * The one measure in plain words, the one the score is made of: how many of the pairs that
     * count are the right way round, and that mistakes near the top cost more.
     */
    public String headline() {
        int pairs = 0;
        int right = 0;
        List<String> given = answer.itemIds();
        for (int i = 0; i < reference.size(); i++) {
            for (int j = i + 1; j < reference.size(); j++) {
                if (model.tied(reference.get(i), reference.get(j))) {
                    continue;
                }
                pairs++;
                if (given.indexOf(reference.get(i)) < given.indexOf(reference.get(j))) {
                    right++;
                }
            }
        }
        if (right == pairs) {
            return localization.get("ranking.feedback.headline.perfect", pairs);
        }
        return localization.get("ranking.feedback.headline", right, pairs, score());
    }

    /** Heading of the value chart. */
    public String valuesTitle() {
        return localization.get("ranking.feedback.values.title", model.perspective().name().in(locale()));
    }

    /** The player's order, place by place, each against the reference. */
    public List<YourPlace> yourOrder() {
        List<YourPlace> places = new ArrayList<>();
        List<String> given = answer.itemIds();
        for (int i = 0; i < given.size(); i++) {
            String item = given.get(i);
            int referenceIndex = reference.indexOf(item);
            Placement placement;
            String text;
            if (referenceIndex == i) {
                placement = Placement.RIGHT;
                text = localization.get("ranking.feedback.right");
            } else if (model.tied(item, reference.get(i))) {
                placement = Placement.TIED;
                text = localization.get("ranking.feedback.tied");
            } else if (referenceIndex > i) {
                placement = Placement.TOO_HIGH;
                text = localization.get("ranking.feedback.tooHigh", referenceIndex - i);
            } else {
                placement = Placement.TOO_LOW;
                text = localization.get("ranking.feedback.tooLow", i - referenceIndex);
            }
            places.add(new YourPlace(i + 1, item, name(item), referenceIndex + 1, placement, text,
                    localization.get("ranking.feedback.yours.accessible", i + 1, name(item), text)));
        }
        return List.copyOf(places);
    }

    /** The reference order of the value model, with each item's value. */
    public List<ReferencePlace> referenceOrder() {
        List<ReferencePlace> places = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            String item = reference.get(i);
            double value = model.value(item);
            String valueText = localization.get("ranking.feedback.value", value);
            places.add(new ReferencePlace(i + 1, item, name(item), value, valueText,
                    localization.get("ranking.feedback.reference.accessible", i + 1, name(item), valueText)));
        }
        return List.copyOf(places);
    }

    /** How many places of the player's order count as right. */
    public int rightPlaces() {
        return (int) yourOrder().stream().filter(YourPlace::right).count();
    }

    /** "4 of 6 items in the right place". */
    public String rightPlacesText() {
        return localization.get("ranking.feedback.rightPlaces", rightPlaces(), answer.itemIds().size());
    }

    /** Heading of the player's column. */
    public String yourOrderHeading() {
        return localization.get("ranking.feedback.yours");
    }

    /** Heading of the reference column. */
    public String referenceOrderHeading() {
        return localization.get("ranking.feedback.reference");
    }

    /** The label of the "Why?" buttons. */
    public String whyText() {
        return localization.get("ranking.feedback.why");
    }

    /**
     * Why the score is what it is, in plain words: what was right, each pair the wrong way round
     * with the points it cost, the item that ranks first and why, pairs worth the same. In the
     * scorer's order, judgements first.
     */
    public List<FeedbackLine> findings() {
        List<Explanation> plain = result.explanations().stream().filter(e -> !TECHNICAL_KEYS.contains(e.key()))
                .toList();
        List<Explanation> ordered = new ArrayList<>(plain.stream().filter(e -> e.tone() != Explanation.Tone.INFO)
                .toList());
        ordered.addAll(plain.stream().filter(e -> e.tone() == Explanation.Tone.INFO).toList());
        return FeedbackLine.all(ordered, localization);
    }

    /** The measures behind the score, for the "details" disclosure: Kendall tau, footrule, weighted distance. */
    public List<FeedbackLine> figures() {
        List<FeedbackLine> lines = new ArrayList<>(FeedbackLine.all(result.explanations().stream()
                .filter(e -> TECHNICAL_KEYS.contains(e.key())).toList(), localization));
        lines.add(new FeedbackLine(rightPlacesText(), Explanation.Tone.INFO,
                localization.get("answers.line.accessible", FeedbackLine.toneName(Explanation.Tone.INFO, localization),
                        rightPlacesText())));
        return List.copyOf(lines);
    }

    /** What each item is, what a buyer does with it, how it hurts, its price: in reference order. */
    public List<ItemFacts.Facts> itemFacts() {
        return reference.stream().map(facts::of).toList();
    }

    /** The heading of the items' column in the table of facts. */
    public String itemHeading() {
        return localization.get("ranking.feedback.items.item");
    }

    /** The facts' labels, marks and source opening. */
    public ItemFacts facts() {
        return facts;
    }

    /** Every item of the scenario in reference order, its value split into weighted contributions. */
    public List<ItemValue> values() {
        List<ItemValue> values = new ArrayList<>();
        for (String item : reference) {
            ValueBreakdown breakdown = model.explain(item);
            List<Segment> segments = new ArrayList<>();
            for (ValueBreakdown.Contribution c : breakdown.contributions()) {
                if (c.value() == 0) {
                    continue;
                }
                segments.add(new Segment(c.attributeId(), colourOf(c.attributeId()), c.score(), c.weight(), c.value(),
                        localization.get("ranking.feedback.segment", c.attributeName().in(locale()), c.score(),
                                c.weight(), c.value()),
                        localization.get("ranking.feedback.segment.short", c.score(), c.weight())));
            }
            String parts = segments.stream().map(Segment::text).collect(Collectors.joining("; "));
            values.add(new ItemValue(item, name(item), breakdown.total(),
                    localization.get("ranking.feedback.total", breakdown.total(), ValueModel.MAX_VALUE),
                    List.copyOf(segments),
                    localization.get("ranking.feedback.bar.accessible", name(item), breakdown.total(),
                            parts.isEmpty() ? localization.get("ranking.feedback.bar.nothing") : parts)));
        }
        return List.copyOf(values);
    }

    /** The largest value of the scenario's items: the full length of a bar. Never zero. */
    public double maxValue() {
        double max = reference.stream().mapToDouble(model::value).max().orElse(0);
        return max > 0 ? max : 1;
    }

    /** The attributes the perspective weighs, with their chart colours. */
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (AttributeDefinition attribute : caseData().attributes()) {
            double weight = model.perspective().weight(attribute.id());
            if (weight > 0) {
                entries.add(new LegendEntry(attribute.id(), colourOf(attribute.id()),
                        localization.get("ranking.feedback.legend", attribute.name().in(locale()), weight)));
            }
        }
        return List.copyOf(entries);
    }

    /** One item's facts, shown under its sum in the "Why?" pop-over. */
    public ItemFacts.Facts factsOf(String itemId) {
        return facts.of(itemId);
    }

    /** "Why?" for one item: its value written out as a sum, then each term with the reason for its score. */
    public List<String> why(String itemId) {
        return model.explanations(itemId).stream().map(e -> e.render(locale())).toList();
    }

    /** The accessible name of an item's "Why?" button. */
    public String whyAccessibleText(String itemId) {
        return localization.get("ranking.feedback.why.accessible", name(itemId), model.value(itemId));
    }

    /** An attribute's chart colour: by its place in the case, so it is the same in every chart of the case. */
    int colourOf(String attributeId) {
        List<AttributeDefinition> attributes = caseData().attributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).id().equals(attributeId)) {
                return i % COLOURS + 1;
            }
        }
        throw new IllegalArgumentException("no attribute " + attributeId);
    }

    private Case caseData() {
        return model.caseData();
    }

    private String name(String itemId) {
        return caseData().item(itemId).orElseThrow().name().in(locale());
    }
}
