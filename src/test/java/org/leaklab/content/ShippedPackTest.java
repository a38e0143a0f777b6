package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DataItem;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EstimateAnswer;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.Explanation;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;

/** The built-in Amazon pack loads cleanly and every scenario in it is answerable and scorable. */
class ShippedPackTest {
    private static LoadResult result;
    private static Case amazon;
    private static ScenarioScorer scorer;

    @BeforeAll
    static void load() {
        CaseLibrary library = CaseLibrary.builtIn();
        result = library.results().get(0);
        amazon = library.require(CaseLibrary.AMAZON_2018);
        scorer = new ScenarioScorer(amazon);
    }

    @Test
    void loadsWithoutAnyProblem() {
        assertEquals(List.of(), result.problems(), "errors and warnings of the shipped pack");
        assertEquals("amazon-2018", amazon.id());
    }

    @Test
    void coversWhatTheIssueAsksFor() {
        assertTrue(amazon.scenarios().size() >= 8);
        Set<Class<?>> kinds = new HashSet<>();
        amazon.scenarios().forEach(s -> kinds.add(s.getClass()));
        assertEquals(Set.of(RankingScenario.class, EstimateScenario.class, ChoiceScenario.class,
                DecisionScenario.class), kinds);
        assertTrue(amazon.items().stream().filter(DataItem::partOfCase).count() >= 5);
        assertTrue(amazon.items().stream().filter(i -> !i.partOfCase()).count() >= 2);
        assertTrue(amazon.items().stream().filter(i -> !i.partOfCase()).allMatch(i -> i.referencePrice().isPresent()),
                "contrasting items anchor the scale with a price");
        Set<String> perspectives = new HashSet<>();
        amazon.perspectives().forEach(p -> perspectives.add(p.id()));
        assertTrue(perspectives.containsAll(Set.of("seller", "customer", "platform")));
        assertTrue(amazon.source("erecht24").orElseThrow().address().equals("e-recht24.de"));
        assertTrue(amazon.timeline().stream().anyMatch(e -> e.date().startsWith("2018-05")));
        assertTrue(amazon.timeline().stream().anyMatch(e -> e.date().startsWith("2020-09")));
        assertTrue(amazon.timeline().stream().anyMatch(e -> e.text().in(Locale.ENGLISH).contains("WeChat")));
    }

    @Test
    void rankingsFitOnScreenAndSellerAndCustomerDisagree() {
        for (Scenario s : amazon.scenarios()) {
            if (s instanceof RankingScenario r) {
                assertTrue(r.itemIds().size() >= 5 && r.itemIds().size() <= 7, r.id());
            }
        }
        List<String> seller = ((RankingAnswer) scorer.referenceAnswer(amazon.scenario("rank-seller").orElseThrow())).itemIds();
        List<String> customer = ((RankingAnswer) scorer.referenceAnswer(amazon.scenario("rank-customer").orElseThrow())).itemIds();
        assertEquals("sales-stats", seller.get(0), "sales statistics rank first for the seller");
        assertEquals("sales-stats", customer.get(customer.size() - 1), "and last for the customer");
        assertEquals("reviewer-emails", customer.get(0));
    }

    @Test
    void everyTextHasEnglishAndGermanThatDiffer() {
        // A German text identical to the English one is almost always a forgotten translation.
        List<String> untranslated = new ArrayList<>();
        amazon.items().forEach(i -> {
            if (i.name().in(Locale.ENGLISH).equals(i.name().in(Locale.GERMAN))) {
                untranslated.add(i.id());
            }
        });
        amazon.scenarios().forEach(s -> {
            if (s.prompt().in(Locale.ENGLISH).equals(s.prompt().in(Locale.GERMAN))) {
                untranslated.add(s.id());
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @TestFactory
    Stream<DynamicTest> referenceAnswerScoresFullMarksAndAWrongOneLess() {
        return amazon.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            ScoreResult best = scorer.score(s, scorer.referenceAnswer(s));
            assertEquals(100, best.score(), 1e-9, s.id());
            ScoreResult wrong = scorer.score(s, wrongAnswer(s));
            assertTrue(wrong.score() < 100, s.id() + " wrong answer scored " + wrong.score());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                for (Explanation e : wrong.explanations()) {
                    String text = e.render(locale);
                    assertFalse(text.isBlank());
                    assertFalse(text.matches(".*\\{\\d.*"), "unfilled placeholder in " + text);
                }
            }
        }));
    }

    private static Answer wrongAnswer(Scenario s) {
        if (s instanceof RankingScenario r) {
            List<String> reversed = new ArrayList<>(((RankingAnswer) scorer.referenceAnswer(r)).itemIds());
            Collections.reverse(reversed);
            return new RankingAnswer(reversed);
        }
        if (s instanceof EstimateScenario e) {
            return new EstimateAnswer(e.high() * 50);
        }
        if (s instanceof ChoiceScenario c) {
            ChoiceOption worst = c.options().stream().min((a, b) -> Double.compare(a.credit(), b.credit())).orElseThrow();
            return ChoiceAnswer.of(worst.id());
        }
        DecisionScenario d = (DecisionScenario) s;
        return new DecisionAnswer(List.of(d.start().options().get(0).id()));
    }
}
