package org.leaklab.ui.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.KendallTauDistance;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.scoring.ValueModel;
import org.leaklab.ui.common.Localization;

/** The feedback on the Amazon case's rankings shows exactly what the scorer and the value model say. */
class RankingFeedbackViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
    private static final ScenarioScorer SCORER = new ScenarioScorer(AMAZON);

    private final Localization localization = new Localization(Locale.ENGLISH);
    /** The estimates answered so far in the play-through this feedback belongs to. */
    private final java.util.Set<String> answered = new java.util.HashSet<>();
    private final ItemFacts facts = new ItemFacts(AMAZON, new org.leaklab.ui.common.SourceLinks(AMAZON.sources(),
            localization, new org.leaklab.ui.common.StatusMessages(), url -> { }), localization, answered::contains);

    private static RankingScenario scenario(String id) {
        return (RankingScenario) AMAZON.scenario(id).orElseThrow();
    }

    private RankingFeedbackViewModel feedback(RankingScenario scenario, List<String> order) {
        RankingAnswer answer = new RankingAnswer(order);
        ScoreResult result = SCORER.score(scenario, answer);
        return new RankingFeedbackViewModel(scenario, answer, result, SCORER.valueModel(scenario.perspectiveId()),
                facts, localization);
    }

    @Test
    void showsTheScorersScoreAndTheModelsReferenceOrder() {
        RankingScenario seller = scenario("rank-seller");
        RankingFeedbackViewModel vm = feedback(seller, seller.itemIds());
        assertEquals(SCORER.score(seller, new RankingAnswer(seller.itemIds())).rounded(), vm.score());
        assertEquals(Integer.toString(vm.score()), vm.scoreText());
        assertEquals(((RankingAnswer) SCORER.referenceAnswer(seller)).itemIds(),
                vm.referenceOrder().stream().map(RankingFeedbackViewModel.ReferencePlace::itemId).toList());
        assertEquals(seller.itemIds(),
                vm.yourOrder().stream().map(RankingFeedbackViewModel.YourPlace::itemId).toList());
        assertEquals("Ranked for the buying Marketplace seller: most valuable to the seller first", vm.perspectiveText());
    }

    @Test
    void everyValueShownIsTheModelsValue() {
        for (String id : List.of("rank-seller", "rank-customer", "rank-platform")) {
            RankingScenario scenario = scenario(id);
            ValueModel model = SCORER.valueModel(scenario.perspectiveId());
            RankingFeedbackViewModel vm = feedback(scenario, scenario.itemIds());
            double max = 0;
            for (RankingFeedbackViewModel.ReferencePlace place : vm.referenceOrder()) {
                assertEquals(model.value(place.itemId()), place.value(), 1e-12);
            }
            for (RankingFeedbackViewModel.ItemValue value : vm.values()) {
                assertEquals(model.value(value.itemId()), value.total(), 1e-12, value.itemId());
                double sum = value.segments().stream().mapToDouble(RankingFeedbackViewModel.Segment::value).sum();
                assertEquals(value.total(), sum, 1e-9, "the bar's parts add up to the value of " + value.itemId());
                for (RankingFeedbackViewModel.Segment segment : value.segments()) {
                    var contribution = model.explain(value.itemId()).contribution(segment.attributeId());
                    assertEquals(contribution.score(), segment.score());
                    assertEquals(contribution.weight(), segment.weight(), 1e-12);
                    assertTrue(segment.value() > 0, "zero parts are left out");
                }
                max = Math.max(max, value.total());
            }
            assertEquals(max, vm.maxValue(), 1e-12);
        }
    }

    @Test
    void theBarsAreInReferenceOrderAndExplainThemselves() {
        RankingScenario seller = scenario("rank-seller");
        RankingFeedbackViewModel vm = feedback(seller, seller.itemIds());
        assertEquals(vm.referenceOrder().stream().map(RankingFeedbackViewModel.ReferencePlace::itemId).toList(),
                vm.values().stream().map(RankingFeedbackViewModel.ItemValue::itemId).toList());
        RankingFeedbackViewModel.ItemValue stats = vm.values().stream()
                .filter(v -> v.itemId().equals("sales-stats")).findFirst().orElseThrow();
        RankingFeedbackViewModel.Segment gain = stats.segments().stream()
                .filter(s -> s.attributeId().equals("gain")).findFirst().orElseThrow();
        assertEquals("Gain for the buyer: 5 × 0.4 = 2", gain.text());
        assertEquals("5 × 0.4", gain.shortText());
        assertTrue(stats.accessibleText().contains("Gain for the buyer: 5 × 0.4 = 2"), stats.accessibleText());
        List<String> why = vm.why("sales-stats");
        assertEquals(SCORER.valueModel("seller").explanations("sales-stats").get(0).render(Locale.ENGLISH), why.get(0));
        assertTrue(why.get(0).contains("Gain for the buyer 5 × 0.4"), why.get(0));
    }

    @Test
    void theLegendNamesOnlyWeightedAttributesWithStableColours() {
        RankingFeedbackViewModel seller = feedback(scenario("rank-seller"), scenario("rank-seller").itemIds());
        assertEquals(List.of("gain", "exclusivity", "shelf-life", "stealth"),
                seller.legend().stream().map(RankingFeedbackViewModel.LegendEntry::attributeId).toList());
        assertEquals("Gain for the buyer (weight 0.4)", seller.legend().get(0).text());
        RankingFeedbackViewModel customer = feedback(scenario("rank-customer"), scenario("rank-customer").itemIds());
        RankingFeedbackViewModel platform = feedback(scenario("rank-platform"), scenario("rank-platform").itemIds());
        // "Harm to the person" has the same colour in both charts, wherever it stands in the legend.
        assertEquals("harm", customer.legend().get(0).attributeId());
        assertEquals("harm", platform.legend().get(2).attributeId());
        assertEquals(customer.colourOf("harm"), platform.colourOf("harm"));
        assertEquals(3, seller.colourOf("shelf-life"));
    }

    @Test
    void theReferenceOrderScoresFullMarksWithEveryPlaceRight() {
        RankingScenario platform = scenario("rank-platform");
        List<String> reference = ((RankingAnswer) SCORER.referenceAnswer(platform)).itemIds();
        RankingFeedbackViewModel vm = feedback(platform, reference);
        assertEquals(100, vm.score());
        assertTrue(vm.yourOrder().stream().allMatch(RankingFeedbackViewModel.YourPlace::right));
        assertEquals(reference.size(), vm.rightPlaces());
        assertEquals(Explanation.Tone.CORRECT, vm.findings().get(0).tone());
        assertTrue(vm.findings().stream().noneMatch(f -> f.tone() == Explanation.Tone.WRONG));
        assertTrue(vm.headline().startsWith("All "), vm.headline());
        // As on every feedback page, a screen reader hears the tone in words before the sentence.
        assertEquals("Right: " + vm.findings().get(0).text(), vm.findings().get(0).spoken());
    }

    @Test
    void theReversedOrderShowsEveryWrongPairAndHowFarEachItemIsOff() {
        RankingScenario seller = scenario("rank-seller");
        List<String> reference = ((RankingAnswer) SCORER.referenceAnswer(seller)).itemIds();
        List<String> reversed = new ArrayList<>(reference);
        Collections.reverse(reversed);
        RankingFeedbackViewModel vm = feedback(seller, reversed);
        ScoreResult result = SCORER.score(seller, new RankingAnswer(reversed));
        assertEquals(result.rounded(), vm.score());
        long wrongPairs = result.explanations().stream().filter(e -> e.tone() == Explanation.Tone.WRONG).count();
        assertTrue(wrongPairs > 0);
        assertEquals(wrongPairs, vm.findings().stream().filter(f -> f.tone() == Explanation.Tone.WRONG).count());
        assertTrue(wrongPairs <= KendallTauDistance.pairs(reference.size()));
        assertEquals(result.explanations().size() + 1, vm.findings().size() + vm.figures().size(),
                "every explanation is shown, once, and the right places among the details");
        assertTrue(vm.figures().stream().anyMatch(f -> f.text().contains("Kendall tau distance")));
        assertTrue(vm.figures().stream().anyMatch(f -> f.text().startsWith("Places off:")));

        RankingFeedbackViewModel.YourPlace top = vm.yourOrder().get(0);
        assertEquals(reference.get(reference.size() - 1), top.itemId());
        assertEquals(RankingFeedbackViewModel.Placement.TOO_HIGH, top.placement());
        assertEquals("5 places too high", top.placementText());
        RankingFeedbackViewModel.YourPlace bottom = vm.yourOrder().get(5);
        assertEquals(RankingFeedbackViewModel.Placement.TOO_LOW, bottom.placement());
        assertEquals(1, bottom.referencePlace());
        assertEquals("5 places too low", bottom.placementText());
        assertEquals("0 of 6 items in the right place", vm.rightPlacesText());
    }

    @Test
    void oneHeadlineInPlainWordsAndTheTechnicalMeasuresBehindDetails() {
        RankingScenario seller = scenario("rank-seller");
        List<String> order = new ArrayList<>(((RankingAnswer) SCORER.referenceAnswer(seller)).itemIds());
        Collections.swap(order, 0, 1);
        RankingFeedbackViewModel vm = feedback(seller, order);
        int pairs = KendallTauDistance.pairs(order.size());
        assertEquals((pairs - 1) + " of the " + pairs + " pairs are the right way round. Mistakes near the top cost more, "
                + "so your order scores " + vm.score() + " of 100.", vm.headline());
        for (String jargon : List.of("Kendall", "footrule", "Places off", "position-weighted")) {
            assertTrue(vm.findings().stream().noneMatch(f -> f.text().contains(jargon)), jargon + " beside the score");
        }
        assertTrue(vm.figures().stream().anyMatch(f -> f.text().contains("Kendall tau distance")));
        assertTrue(vm.figures().stream().anyMatch(f -> f.text().contains("position-weighted distance")));
        // Every point lost is named: the costs of the wrong pairs add up to what the score misses.
        ScoreResult result = SCORER.score(seller, new RankingAnswer(order));
        double lost = result.explanations().stream().filter(e -> e.tone() == Explanation.Tone.WRONG)
                .mapToDouble(e -> -e.points()).sum();
        assertEquals(100 - result.score(), lost, 1e-9);
    }

    @Test
    void showsWhatThePackKnowsAboutEachItemButNoPriceAnEstimateStillAsksFor() {
        RankingScenario seller = scenario("rank-seller");
        RankingFeedbackViewModel vm = feedback(seller, seller.itemIds());
        List<ItemFacts.Facts> all = vm.itemFacts();
        assertEquals(((RankingAnswer) SCORER.referenceAnswer(seller)).itemIds(),
                all.stream().map(ItemFacts.Facts::itemId).toList());
        ItemFacts.Facts stats = vm.factsOf("sales-stats");
        assertEquals(AMAZON.item("sales-stats").orElseThrow().buyerUse().in(Locale.ENGLISH), stats.buyerUse());
        assertEquals(AMAZON.item("sales-stats").orElseThrow().harm().in(Locale.ENGLISH), stats.harm());
        assertTrue(stats.priceHidden(), "the estimate of this price is still to come");
        assertTrue(stats.price().startsWith("Shown after you answer \u201c"), stats.price());
        assertTrue(stats.priceSources().isEmpty(), "a hidden price names no source either");
        ItemFacts.Facts card = vm.factsOf("card-data");
        assertFalse(card.priceHidden());
        assertEquals("\u00a327 per card, on average (figure for 2023)", card.price());
        assertEquals(List.of("dwpi-2023"), card.priceSources().stream().map(org.leaklab.ui.common.SourceLink::id).toList());

        AMAZON.scenarios().stream().filter(org.leaklab.model.EstimateScenario.class::isInstance)
                .forEach(estimate -> answered.add(estimate.id()));
        ItemFacts.Facts revealed = vm.factsOf("sales-stats");
        assertFalse(revealed.priceHidden());
        assertEquals("$80 to $2,000 for the data on offer as a whole, as the German article gives it (figure for 2018)",
                revealed.price());
        localization.setLocale(Locale.GERMAN);
        assertEquals("80 $ bis 2.000 $ f\u00fcr alle angebotenen Daten zusammen, so der deutsche Artikel"
                + " (Angabe f\u00fcr 2018)", vm.factsOf("sales-stats").price());
        assertEquals("0,0005 $ pro Person (Angabe für 2013)", vm.facts().of("basic-profile").price());
    }

    @Test
    void rendersInGerman() {
        localization.setLocale(Locale.GERMAN);
        RankingScenario seller = scenario("rank-seller");
        List<String> order = new ArrayList<>(((RankingAnswer) SCORER.referenceAnswer(seller)).itemIds());
        Collections.swap(order, 0, 1);
        RankingFeedbackViewModel vm = feedback(seller, order);
        assertEquals("Geordnet für den kaufenden Marketplace-Händler: das für den Händler Wertvollste zuerst",
                vm.perspectiveText());
        assertEquals("1 Platz zu weit oben", vm.yourOrder().get(0).placementText());
        assertEquals("1 Platz zu weit unten", vm.yourOrder().get(1).placementText());
        assertEquals("richtiger Platz", vm.yourOrder().get(2).placementText());
        assertTrue(vm.findings().get(0).text().startsWith("Du") || vm.findings().get(0).text().contains("„"),
                vm.findings().get(0).text());
        assertTrue(vm.referenceOrder().get(0).valueText().endsWith(" von 5"), vm.referenceOrder().get(0).valueText());
        assertTrue(vm.referenceOrder().get(0).valueText().contains(","), "German decimal comma");
    }

    @Test
    void refusesAnAnswerOrModelThatDoesNotFit() {
        RankingScenario seller = scenario("rank-seller");
        RankingAnswer answer = new RankingAnswer(seller.itemIds());
        ScoreResult result = SCORER.score(seller, answer);
        assertThrows(IllegalArgumentException.class, () -> new RankingFeedbackViewModel(seller, answer, result,
                SCORER.valueModel("customer"), facts, localization));
        assertThrows(IllegalArgumentException.class, () -> new RankingFeedbackViewModel(seller,
                new RankingAnswer(seller.itemIds().subList(0, 3)), result, SCORER.valueModel("seller"), facts,
                localization));
        assertFalse(feedback(seller, seller.itemIds()).findings().isEmpty());
    }
}
