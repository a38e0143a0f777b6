package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leaklab.model.Case;

class ValueModelTest {
    private final Case c = Fixtures.minimal();

    @Test
    void valueIsTheWeightedSumOfScores() {
        ValueModel victim = ValueModel.of(c, "victim");
        assertEquals(1 * 0.8 + 5 * 0.2, victim.value("i1"), 1e-12);
        assertEquals(5 * 0.8 + 1 * 0.2, victim.value("i4"), 1e-12);
        assertEquals(5, ValueModel.of(c, "buyer").value("i1"), 1e-12);
    }

    @Test
    void referenceRankingFollowsValueHighestFirst() {
        List<String> items = List.of("i3", "i1", "i4", "i2");
        assertEquals(List.of("i1", "i2", "i3", "i4"), ValueModel.of(c, "buyer").referenceRanking(items));
        assertEquals(List.of("i4", "i3", "i2", "i1"), ValueModel.of(c, "victim").referenceRanking(items));
    }

    @Test
    void newWeightsMakeANewModelAndTheRankingFollows() {
        ValueModel buyer = ValueModel.of(c, "buyer");
        ValueModel changed = buyer.withWeights(Map.of("harm", 2.0));
        assertNotSame(buyer, changed);
        assertEquals(List.of("i4", "i3", "i2", "i1"), changed.referenceRanking(List.of("i1", "i2", "i3", "i4")));
        assertEquals(List.of("i1", "i2", "i3", "i4"), buyer.referenceRanking(List.of("i1", "i2", "i3", "i4")),
                "the original model is unchanged");
        assertEquals(Map.of("harm", 2.0), changed.perspective().weights());
    }

    @Test
    void weightsCountAsSharesSoEveryValueStaysOnTheScaleOfTheScores() {
        // gain 5 and harm 1 weighed 3 : 1 are 5 × 0.75 + 1 × 0.25, not 5 × 3 + 1 × 1.
        ValueModel heavy = ValueModel.of(c, "buyer").withWeights(Map.of("gain", 3.0, "harm", 1.0));
        assertEquals(5 * 0.75 + 1 * 0.25, heavy.value("i1"), 1e-12);
        assertEquals(0.75, heavy.share("gain"), 1e-12);
        assertEquals(0.75, heavy.explain("i1").contribution("gain").weight(), 1e-12, "the breakdown shows the share");
        for (String item : List.of("i1", "i2", "i3", "i4")) {
            double value = ValueModel.of(c, "buyer").withWeights(Map.of("gain", 40.0, "harm", 7.0)).value(item);
            assertTrue(value >= ValueModel.MIN_VALUE && value <= ValueModel.MAX_VALUE, item + " " + value);
        }
        ValueModel nothing = ValueModel.of(c, "buyer").withWeights(Map.of("gain", 0.0));
        assertEquals(0, nothing.value("i1"), "no weight at all: every item is worth 0");
        assertTrue(nothing.tied("i1", "i4"));
    }

    @Test
    void tiesBreakByCaseOrderWhateverTheInputOrder() {
        ValueModel flat = ValueModel.of(c, "buyer").withWeights(Map.of("gain", 1.0, "harm", 1.0));
        assertTrue(flat.tied("i1", "i4"));
        assertEquals(List.of("i1", "i2", "i3", "i4"), flat.referenceRanking(List.of("i4", "i2", "i3", "i1")));
        // Sums that differ only by floating-point noise count as equal.
        ValueModel noisy = ValueModel.of(c, "buyer").withWeights(Map.of("gain", 0.1, "harm", 0.1));
        assertTrue(noisy.tied("i2", "i3"));
    }

    @Test
    void badWeightsAreRejected() {
        ValueModel buyer = ValueModel.of(c, "buyer");
        assertThrows(IllegalArgumentException.class, () -> buyer.withWeights(Map.of("fame", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> buyer.withWeights(Map.of("gain", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> buyer.withWeights(Map.of("gain", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> ValueModel.of(c, "judge"));
        assertThrows(IllegalArgumentException.class, () -> buyer.value("i9"));
    }

    @Test
    void explainGivesEveryContributionAndTheyAddUp() {
        ValueBreakdown breakdown = ValueModel.of(c, "victim").explain("i2");
        assertEquals(2, breakdown.contributions().size());
        double sum = breakdown.contributions().stream().mapToDouble(ValueBreakdown.Contribution::value).sum();
        assertEquals(breakdown.total(), sum, 1e-12);
        ValueBreakdown.Contribution harm = breakdown.contribution("harm");
        assertEquals(2, harm.score());
        assertEquals(0.8, harm.weight());
        assertEquals("Reason 2.", harm.reason().in(Locale.ENGLISH));
        assertEquals("harm", breakdown.largestFirst().get(0).attributeId());
    }

    @Test
    void explanationsRenderTheSumInEachLanguage() {
        List<Explanation> lines = ValueModel.of(c, "victim").explanations("i2");
        assertEquals("scoring.value.total", lines.get(0).key());
        assertEquals("\u201cItem two\u201d, harm to the victim: 2.4 of 5 (Gain 4 \u00d7 0.2 + Harm 2 \u00d7 0.8).",
                lines.get(0).render(Locale.ENGLISH));
        assertEquals("\u201eDing zwei\u201c, Schaden f\u00fcr das Opfer: 2,4 von 5 (Nutzen 4 \u00d7 0,2 + Schaden 2 \u00d7 0,8).",
                lines.get(0).render(Locale.GERMAN));
        assertEquals("Harm: 2 \u00d7 0.8 = 1.6. Reason 2.", lines.get(1).render(Locale.ENGLISH));
        assertEquals(3, lines.size(), "total plus one line per weighted attribute");
        List<Explanation> buyer = ValueModel.of(c, "buyer").explanations("i2");
        assertEquals(2, buyer.size(), "attributes with weight 0 are left out");
    }
}
