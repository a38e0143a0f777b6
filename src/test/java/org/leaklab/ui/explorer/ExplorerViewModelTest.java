package org.leaklab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.Perspective;
import org.leaklab.scoring.ValueModel;
import org.leaklab.ui.common.Localization;

class ExplorerViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final ExplorerViewModel explorer = new ExplorerViewModel(AMAZON, localization);

    @Test
    void startsWithTheFirstPerspectiveRankedAsTheValueModelSays() {
        Perspective seller = AMAZON.perspectives().get(0);
        assertEquals(seller, explorer.perspectiveProperty().get());
        assertEquals(referenceOrder(ValueModel.of(AMAZON, seller)), order());
        assertEquals(AMAZON.items().size(), explorer.getRanking().size(), "every item of the case is ranked");
        assertFalse(explorer.changedProperty().get());
        explorer.getRanking().forEach(row -> assertEquals(0, row.movement()));
        assertEquals(AMAZON.attributes().size(), explorer.getWeights().size());
        assertEquals("4.20 of 5", explorer.valueText(explorer.getRanking().get(0)), "a value reads on its scale");
    }

    @Test
    void changingAWeightReordersExactlyAsTheValueModelDoes() {
        List<String> before = order();
        // Only harm counts now: the seller's view turns into the customer's worry.
        for (ExplorerViewModel.WeightSetting setting : explorer.getWeights()) {
            setting.weightProperty().set(setting.attribute().id().equals("harm") ? 1.0 : 0.0);
        }
        Map<String, Double> harmOnly = new LinkedHashMap<>();
        AMAZON.attributes().forEach(a -> harmOnly.put(a.id(), a.id().equals("harm") ? 1.0 : 0.0));
        ValueModel expected = ValueModel.of(AMAZON, "seller").withWeights(harmOnly);
        assertEquals(referenceOrder(expected), order());
        assertNotEquals(before, order(), "the ranking really moved");
        assertTrue(explorer.changedProperty().get());
        for (ExplorerViewModel.RankedItem row : explorer.getRanking()) {
            assertEquals(expected.value(row.item().id()), row.value(), 1e-9);
            assertEquals(before.indexOf(row.item().id()) + 1, row.referencePlace());
        }
        assertTrue(explorer.getRanking().stream().anyMatch(row -> row.movement() > 0));
        assertEquals(harmOnly, explorer.currentWeights());
    }

    @Test
    void oneSliderStepIsEnoughToSwapTwoItemsWhenTheModelSaysSo() {
        ExplorerViewModel.WeightSetting stealth = setting("stealth");
        double start = stealth.weightProperty().get();
        Map<String, Double> weights = new LinkedHashMap<>(explorer.currentWeights());
        weights.put("stealth", start + ExplorerViewModel.WEIGHT_STEP * 10);
        stealth.weightProperty().set(start + ExplorerViewModel.WEIGHT_STEP * 10);
        assertEquals(referenceOrder(ValueModel.of(AMAZON, "seller").withWeights(weights)), order());
        assertEquals("0.70", stealth.weightText());
    }

    @Test
    void resetRestoresTheCasesWeightsAndRanking() {
        List<String> original = order();
        setting("gain").weightProperty().set(0);
        setting("harm").weightProperty().set(1);
        assertNotEquals(original, order());
        explorer.reset();
        assertEquals(original, order());
        assertEquals(0.4, setting("gain").weightProperty().get(), 1e-9);
        assertEquals(0.0, setting("harm").weightProperty().get(), 1e-9);
        assertFalse(explorer.changedProperty().get());
    }

    @Test
    void eachPerspectiveKeepsItsOwnChangesUntilReset() {
        setting("gain").weightProperty().set(0);
        List<String> changedSeller = order();
        explorer.perspectiveProperty().set(AMAZON.perspective("customer").orElseThrow());
        assertEquals(referenceOrder(ValueModel.of(AMAZON, "customer")), order());
        assertEquals(0.6, setting("harm").weightProperty().get(), 1e-9);
        assertFalse(explorer.changedProperty().get());
        explorer.perspectiveProperty().set(AMAZON.perspective("seller").orElseThrow());
        assertEquals(changedSeller, order());
        assertEquals(0.0, setting("gain").weightProperty().get(), 1e-9);
        assertTrue(explorer.changedProperty().get());
    }

    @Test
    void theExplanationFollowsTheTopItemUntilOneIsChosen() {
        String top = order().get(0);
        assertEquals(top, explorer.selectedItemProperty().get());
        assertEquals(ValueModel.of(AMAZON, "seller").explanations(top).get(0).render(Locale.ENGLISH),
                explorer.explanation().get(0));
        for (ExplorerViewModel.WeightSetting setting : explorer.getWeights()) {
            setting.weightProperty().set(setting.attribute().id().equals("harm") ? 1.0 : 0.0);
        }
        assertEquals(order().get(0), explorer.selectedItemProperty().get(), "follows the new top item");
        explorer.selectItem("basic-profile");
        setting("reach").weightProperty().set(1);
        assertEquals("basic-profile", explorer.selectedItemProperty().get(), "a chosen item stays chosen");
        assertTrue(explorer.explanation().get(0).contains(AMAZON.item("basic-profile").orElseThrow().name().in(Locale.ENGLISH)));
        assertTrue(explorer.explanation().stream().anyMatch(line -> line.startsWith("People affected")),
                "the explanation names the newly weighted attribute: " + explorer.explanation());
    }

    @Test
    void textsFollowTheLanguage() {
        setting("gain").weightProperty().set(0.25);
        assertEquals("0.25", setting("gain").weightText());
        localization.setLocale(Locale.GERMAN);
        assertEquals("0,25", setting("gain").weightText());
        assertTrue(explorer.explanation().get(0).contains(" von 5 "), explorer.explanation().get(0));
        assertEquals(AMAZON.item(order().get(0)).orElseThrow().name().in(Locale.GERMAN),
                explorer.itemName(explorer.getRanking().get(0)));
    }

    @Test
    void slidersOfferTheRangeThePackUsesAndNeverANegativeWeight() {
        assertEquals(1.0, explorer.maximumWeight());
        setting("gain").weightProperty().set(-3);
        assertEquals(0.0, setting("gain").weightProperty().get(), "a negative weight springs back to 0");
        setting("harm").weightProperty().set(7);
        assertEquals(1.0, setting("harm").weightProperty().get(), "and one above the range to its end");
        setting("harm").weightProperty().set(0);
        Map<String, Double> weights = new LinkedHashMap<>(AMAZON.perspective("seller").orElseThrow().weights());
        weights.put("gain", 0.0);
        assertEquals(referenceOrder(ValueModel.of(AMAZON, "seller").withWeights(weights)), order());
    }

    private ExplorerViewModel.WeightSetting setting(String attributeId) {
        return explorer.getWeights().stream().filter(s -> s.attribute().id().equals(attributeId)).findFirst()
                .orElseThrow();
    }

    private List<String> order() {
        return explorer.getRanking().stream().map(row -> row.item().id()).toList();
    }

    private static List<String> referenceOrder(ValueModel model) {
        return model.referenceRanking(AMAZON.items().stream().map(DataItem::id).toList());
    }
}
