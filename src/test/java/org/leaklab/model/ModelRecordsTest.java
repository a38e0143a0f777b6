package org.leaklab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ModelRecordsTest {
    private static final LocalizedText T = LocalizedText.of("English", "Deutsch");
    private static final RankingLabels LABELS = new RankingLabels(T, T, T, T);

    @Test
    void localizedTextFallsBackToEnglish() {
        assertEquals("English", T.in(Locale.ENGLISH));
        assertEquals("Deutsch", T.in(Locale.GERMANY));
        assertEquals("English", T.in(Locale.FRENCH));
        assertEquals("English", T.in(null));
        assertEquals("Fran\u00e7ais", new LocalizedText(Map.of("fr", "Fran\u00e7ais")).in(Locale.GERMAN),
                "without English the only text is used");
        assertTrue(T.has("de"));
        assertFalse(T.has("fr"));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of()));
    }

    @Test
    void recordsCopyTheirCollections() {
        Map<String, String> texts = new HashMap<>(Map.of("en", "a", "de", "b"));
        LocalizedText text = new LocalizedText(texts);
        texts.put("en", "changed");
        assertEquals("a", text.in(Locale.ENGLISH));
        assertThrows(UnsupportedOperationException.class, () -> text.texts().put("fr", "c"));

        List<String> items = new ArrayList<>(List.of("a", "b", "c"));
        RankingScenario ranking = new RankingScenario("r", T, T, "p", items);
        items.add("d");
        assertEquals(3, ranking.itemIds().size());
        assertThrows(UnsupportedOperationException.class, () -> ranking.itemIds().add("e"));

        Map<String, Double> weights = new LinkedHashMap<>(Map.of("gain", 1.0));
        Perspective perspective = new Perspective("p", T, T, weights, LABELS);
        weights.put("harm", 2.0);
        assertEquals(Map.of("gain", 1.0), perspective.weights());
        assertEquals(0, perspective.weight("harm"));
    }

    @Test
    void recordsRejectWhatTheValidatorWouldReject() {
        assertThrows(IllegalArgumentException.class, () -> new Perspective("p", T, T, Map.of("gain", -0.1), LABELS));
        assertThrows(IllegalArgumentException.class, () -> new Perspective("p", T, T, Map.of("gain", Double.POSITIVE_INFINITY), LABELS));
        assertThrows(IllegalArgumentException.class, () -> new RankingScenario("r", T, T, "p", List.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> new RankingScenario("r", T, T, "p", List.of("a", "b", "a")));
        assertThrows(IllegalArgumentException.class, () -> new EstimateScenario("e", T, T, 10, 5, List.of("s"), T));
        assertThrows(IllegalArgumentException.class, () -> new EstimateScenario("e", T, T, 0, 5, List.of("s"), T));
        assertThrows(IllegalArgumentException.class, () -> new EstimateScenario("e", T, T, Double.NaN, 5, List.of("s"), T));
        assertThrows(IllegalArgumentException.class, () -> new ChoiceOption("o", T, 1.5, T));
        assertThrows(IllegalArgumentException.class, () -> new ChoiceScenario("c", T, T, false, List.of(new ChoiceOption("o", T, 1, T))));
        assertThrows(IllegalArgumentException.class, () -> new AttributeScore("gain", 6, T));
        assertThrows(IllegalArgumentException.class, () -> new EndState("e", T, T, 101, "l"));
        assertThrows(IllegalArgumentException.class, () -> new DecisionNode("n", T, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PriceReference(5, 1, "USD", T, "s", 2018));
        assertThrows(NullPointerException.class, () -> new Source("s", "n", "a", null));
        assertThrows(IllegalArgumentException.class,
                () -> new Perspective("p", T, T, Map.of("gain", 1.0), LABELS, java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new LessonPlan("l", T, T, 45, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LessonPlan("l", T, T, 45, List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new LessonPlan("l", T, T, 0, List.of("a")));
    }

    @Test
    void perspectivesSayWhichKindsOfItemTheyValue() {
        Perspective all = new Perspective("p", T, T, Map.of("gain", 1.0), LABELS);
        assertTrue(java.util.Arrays.stream(ItemKind.values()).allMatch(all::values));
        Perspective person = new Perspective("p", T, T, Map.of("gain", 1.0), LABELS,
                java.util.Set.of(ItemKind.PERSONAL_DATA));
        assertTrue(person.values(ItemKind.PERSONAL_DATA));
        assertFalse(person.values(ItemKind.SERVICE));
        assertEquals(person.itemKinds(), person.withWeights(Map.of("gain", 2.0)).itemKinds(),
                "new weights keep what the perspective values");
        assertEquals(LABELS, person.withWeights(Map.of("gain", 2.0)).labels());
        assertEquals(Optional.of(ItemKind.SERVICE), ItemKind.byId("service"));
        assertTrue(ItemKind.byId("Service").isEmpty());
    }

    @Test
    void lessonPlansSelectScenariosInCaseOrder() {
        ChoiceScenario a = new ChoiceScenario("a", T, T, false, List.of(new ChoiceOption("x", T, 1, T),
                new ChoiceOption("y", T, 0, T)));
        ChoiceScenario b = new ChoiceScenario("b", T, T, false, a.options());
        ChoiceScenario c = new ChoiceScenario("c", T, T, false, a.options());
        LessonPlan plan = new LessonPlan("short", T, T, 45, List.of("a", "c"));
        Case withPlan = new Case("case", T, T, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(a, b, c), List.of(), List.of(plan));
        assertEquals(List.of(a, c), withPlan.scenariosOf(plan));
        assertEquals(plan, withPlan.lessonPlan("short").orElseThrow());
        assertTrue(withPlan.lessonPlan("long").isEmpty());
        assertTrue(plan.includes("c"));
        assertFalse(plan.includes("b"));
    }

    @Test
    void lookupsFindByIdOrReturnEmpty() {
        DataItem item = new DataItem("i", T, T, T, T, true, List.of(new AttributeScore("gain", 3, T)), Optional.empty(),
                ItemKind.PERSONAL_DATA, List.of("s"), List.of(), List.of());
        Case c = new Case("c", T, T, List.of(), List.of(), List.of(), List.of(new AttributeDefinition("gain", T, T)),
                List.of(item), List.of(), List.of(), List.of());
        assertEquals(item, c.item("i").orElseThrow());
        assertTrue(c.item("x").isEmpty());
        assertEquals(3, item.score("gain").orElseThrow().score());
        assertTrue(item.score("harm").isEmpty());
        assertTrue(c.attribute("gain").isPresent());
        assertEquals(ItemKind.PERSONAL_DATA, item.kind());
        assertEquals(List.of("s"), item.sourceIds());
        assertTrue(c.lessonPlans().isEmpty(), "a case made without plans has none");
    }

    @Test
    void answersAreImmutableValues() {
        List<String> order = new ArrayList<>(List.of("a", "b"));
        RankingAnswer answer = new RankingAnswer(order);
        order.clear();
        assertEquals(List.of("a", "b"), answer.itemIds());
        assertEquals(ChoiceAnswer.of("x", "y"), new ChoiceAnswer(java.util.Set.of("y", "x")));
        assertEquals(new DecisionAnswer(List.of("a")), new DecisionAnswer(new ArrayList<>(List.of("a"))));
    }
}
