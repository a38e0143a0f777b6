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
import org.leaklab.model.ItemKind;
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
    void rankingsFitOnScreenAndSellerAndPersonDisagree() {
        for (Scenario s : amazon.scenarios()) {
            if (s instanceof RankingScenario r) {
                assertTrue(r.itemIds().size() >= 5 && r.itemIds().size() <= 7, r.id());
            }
        }
        List<String> seller = reference("rank-seller");
        List<String> person = reference("rank-customer");
        assertEquals("sales-stats", seller.get(0), "sales statistics rank first for the seller");
        assertEquals("identity-documents", person.get(0), "a stolen identity is the worst for the person");
        assertTrue(person.indexOf("reviewer-emails") < person.indexOf("bulk-emails"),
                "a few targeted addresses hurt more than one address among ten million");
        assertTrue(seller.indexOf("reviewer-emails") < seller.indexOf("bulk-emails"),
                "and are worth more to the seller, though they cost more");
    }

    @Test
    void theHarmRankingRanksOnlyDataAboutThePerson() {
        var person = amazon.perspective("customer").orElseThrow();
        assertEquals(Set.of(ItemKind.PERSONAL_DATA), person.itemKinds());
        RankingScenario harm = (RankingScenario) amazon.scenario("rank-customer").orElseThrow();
        for (String id : harm.itemIds()) {
            assertEquals(ItemKind.PERSONAL_DATA, amazon.item(id).orElseThrow().kind(), id);
        }
        assertEquals(ItemKind.SERVICE, amazon.item("review-deletion").orElseThrow().kind());
        assertEquals(ItemKind.SERVICE, amazon.item("account-reinstatement").orElseThrow().kind());
        assertEquals(ItemKind.BUSINESS_DATA, amazon.item("sales-stats").orElseThrow().kind());
        assertTrue(person.weight("shelf-life") == 0, "how long data is useful to its holder is no harm to the person");
        assertTrue(person.weight("harm-duration") > 0, "how long the harm lasts for the person is");
    }

    @Test
    void theSellerPersonaIsNotBannedSoReinstatementIsWorthLittleToHim() {
        assertTrue(amazon.scenario("rank-seller").orElseThrow().prompt().in(Locale.ENGLISH).contains("good standing"));
        List<String> seller = reference("rank-seller");
        assertTrue(seller.indexOf("account-reinstatement") >= seller.size() - 2, seller.toString());
        assertTrue(amazon.item("account-reinstatement").orElseThrow().score("gain").orElseThrow().score() <= 1);
    }

    @Test
    void everyRankingSaysWhatItRanksAndEveryValueIsOutOfFive() {
        for (var perspective : amazon.perspectives()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                String order = perspective.labels().order().in(locale);
                assertFalse(order.isBlank(), perspective.id());
                assertFalse(order.toLowerCase(Locale.ROOT).contains("highest value"), order);
            }
            double sum = perspective.weights().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-9, perspective.id() + ": weights are their own shares in the shipped pack");
        }
        assertEquals("most harmful first", amazon.perspective("customer").orElseThrow().labels().order().in(Locale.ENGLISH));
        assertEquals("most valuable to the seller first",
                amazon.perspective("seller").orElseThrow().labels().order().in(Locale.ENGLISH));
    }

    @Test
    void everyElementCitesItsSourcesAndEverySourceIsCited() {
        List<String> unsourced = new ArrayList<>();
        amazon.timeline().forEach(e -> {
            if (e.sourceIds().isEmpty()) {
                unsourced.add("event " + e.date());
            }
        });
        amazon.roles().forEach(r -> {
            if (r.sourceIds().isEmpty()) {
                unsourced.add("role " + r.id());
            }
        });
        amazon.items().forEach(i -> {
            if (i.sourceIds().isEmpty()) {
                unsourced.add("item " + i.id());
            }
            if (i.partOfCase() && i.buyerUseSourceIds().isEmpty() && !i.id().equals("account-reinstatement")) {
                unsourced.add("buyer use of " + i.id());
            }
        });
        amazon.lessons().forEach(l -> {
            if (l.sourceIds().isEmpty()) {
                unsourced.add("lesson " + l.id());
            }
        });
        amazon.scenarios().forEach(s -> {
            if (s.sourceIds().isEmpty()) {
                unsourced.add("scenario " + s.id());
            }
        });
        assertEquals(List.of(), unsourced);
        assertTrue(result.warnings().isEmpty(), "a source cited nowhere would be a warning");
    }

    @Test
    void nothingIsStrongerThanItsSource() {
        String english = allText(Locale.ENGLISH);
        String german = allText(Locale.GERMAN);
        for (String claim : List.of("employees sold", "real figure", "banks usually refund", "within days",
                "per data set", "half right")) {
            assertFalse(english.toLowerCase(Locale.ROOT).contains(claim), claim);
        }
        for (String claim : List.of("Beschäftigte verkauften", "tatsächliche Wert", "halb richtig", "pro Datensatz",
                "binnen Tagen")) {
            assertFalse(german.toLowerCase(Locale.ROOT).contains(claim.toLowerCase(Locale.ROOT)), claim);
        }
        assertFalse(amazon.item("reviewer-emails").orElseThrow().harm().in(Locale.ENGLISH).contains("years"),
                "no source says how long the harm lasts");
        String indictment = amazon.timeline().get(amazon.timeline().size() - 1).text().in(Locale.ENGLISH);
        assertTrue(indictment.startsWith("A separate, later case"), indictment);
        assertTrue(indictment.contains("not a verdict"), indictment);
        for (Scenario s : amazon.scenarios()) {
            if (s instanceof DecisionScenario d) {
                assertTrue(d.prompt().in(Locale.ENGLISH).startsWith("An invented story, built on"), d.id());
                assertTrue(d.prompt().in(Locale.GERMAN).startsWith("Eine erfundene Geschichte"), d.id());
                assertFalse(d.sourceIds().isEmpty(), d.id());
            }
        }
    }

    @Test
    void oneTermPerConcept() {
        String german = allText(Locale.GERMAN);
        for (String other : List.of("Zwischenhändler", "Mittelsm", "Sichtweise", "Kundin", "Kundschaft",
                "Sicherheitsabteilung", " Ding", "Element")) {
            assertFalse(german.contains(other), "German uses one term per concept, found " + other);
        }
        String english = allText(Locale.ENGLISH);
        for (String other : List.of("middlem", "shopper", "intermediar", "viewpoint")) {
            assertFalse(english.toLowerCase(Locale.ROOT).contains(other), "English uses one term per concept, found " + other);
        }
    }

    @Test
    void choiceFeedbackDoesNotRepeatTheVerdictTheScorerAlreadyGives() {
        // The scorer writes "Right:", "Partly right: ... (50 points)" or "Not right:" before an option's feedback.
        for (Scenario s : amazon.scenarios()) {
            if (s instanceof ChoiceScenario c) {
                for (ChoiceOption o : c.options()) {
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                        String feedback = o.feedback().in(locale);
                        assertFalse(feedback.matches("(?i)(right|richtig|partly|teilweise|half|halb|wrong|falsch|no|nein)\\b.*"),
                                c.id() + "/" + o.id() + ": " + feedback);
                    }
                }
            }
        }
    }

    /** No scenario's reported figure appears on any page a student sees before that scenario. */
    @Test
    void noEstimateIsGivenAwayBeforeItIsAsked() {
        List<String> seen = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            seen.add(amazon.summary().in(locale));
            amazon.timeline().forEach(e -> seen.add(e.text().in(locale)));
            amazon.roles().forEach(r -> seen.add(r.description().in(locale)));
            amazon.items().forEach(i -> {
                seen.add(i.name().in(locale));
                seen.add(i.card().in(locale));
                seen.add(i.buyerUse().in(locale));
                seen.add(i.harm().in(locale));
                i.scores().forEach(score -> seen.add(score.reason().in(locale)));
            });
        }
        for (Scenario s : amazon.scenarios()) {
            if (s instanceof EstimateScenario e) {
                for (String page : seen) {
                    // A range is given away when both its ends are on one page, a single figure when it is there.
                    assertFalse(figures(e).stream().allMatch(f -> mentions(page, f)), e.id() + " already in: " + page);
                }
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                seen.addAll(pageTexts(s, locale));
            }
        }
    }

    @Test
    void theQuestionAboutAddressesComesBeforeAnythingThatNamesReviewersAsTheTarget() {
        assertEquals("choice-wanted-addresses", amazon.scenarios().get(0).id());
        List<String> briefing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            briefing.add(amazon.summary().in(locale));
            amazon.timeline().forEach(e -> briefing.add(e.text().in(locale)));
            amazon.roles().forEach(r -> briefing.add(r.description().in(locale)));
        }
        for (String text : briefing) {
            for (String answer : List.of("reviewer", "critic", "Rezensent", "Kritiker")) {
                assertFalse(text.contains(answer), answer + " in the briefing: " + text);
            }
        }
    }

    @Test
    void lessonPlansOfferFortyFiveMinutesAndTheWholeCase() {
        var short45 = amazon.lessonPlan("lesson-45").orElseThrow();
        assertEquals(45, short45.minutes());
        assertTrue(short45.scenarioIds().size() < amazon.scenarios().size());
        assertTrue(short45.includes("rank-seller") && short45.includes("rank-customer"));
        var whole = amazon.lessonPlan("whole-case").orElseThrow();
        assertEquals(amazon.scenarios().stream().map(Scenario::id).toList(), whole.scenarioIds());
        assertEquals(amazon.scenarios(), amazon.scenariosOf(whole));
    }

    private static List<String> reference(String rankingId) {
        return ((RankingAnswer) scorer.referenceAnswer(amazon.scenario(rankingId).orElseThrow())).itemIds();
    }

    /** An estimate's figures, each as a pattern matching how a student reads it ("1,500" or "1.500"). */
    private static List<String> figures(EstimateScenario e) {
        List<String> out = new ArrayList<>();
        for (double value : new double[] {e.low(), e.high()}) {
            long whole = Math.round(value);
            out.add(java.util.regex.Pattern.quote(String.format(Locale.ENGLISH, "%,d", whole)) + "|"
                    + java.util.regex.Pattern.quote(String.format(Locale.GERMAN, "%,d", whole)));
        }
        return out.stream().distinct().toList();
    }

    private static boolean mentions(String page, String figure) {
        return java.util.regex.Pattern.compile("(?<![\\d.,])(" + figure + ")(?![\\d]|[.,]\\d)").matcher(page).find();
    }

    /** Everything a scenario's pages show: prompt, options and their feedback, the explanation, the story. */
    private static List<String> pageTexts(Scenario s, Locale locale) {
        List<String> texts = new ArrayList<>();
        texts.add(s.title().in(locale));
        texts.add(s.prompt().in(locale));
        if (s instanceof EstimateScenario e) {
            texts.add(e.explanation().in(locale));
        } else if (s instanceof ChoiceScenario c) {
            c.options().forEach(o -> {
                texts.add(o.text().in(locale));
                texts.add(o.feedback().in(locale));
            });
        } else if (s instanceof DecisionScenario d) {
            d.nodes().forEach(n -> {
                texts.add(n.text().in(locale));
                n.options().forEach(o -> {
                    texts.add(o.text().in(locale));
                    texts.add(o.consequence().in(locale));
                });
            });
            d.endStates().forEach(end -> {
                texts.add(end.text().in(locale));
                amazon.lesson(end.lessonId()).ifPresent(l -> texts.add(l.text().in(locale)));
            });
        }
        // The lesson its reveal and feedback end with is on its pages too.
        amazon.lessonAfter(s.id()).ifPresent(l -> texts.add(l.text().in(locale)));
        return texts;
    }

    /** Every text of the pack in one language, for checks of wording. */
    private static String allText(Locale locale) {
        List<String> texts = new ArrayList<>();
        texts.add(amazon.title().in(locale));
        texts.add(amazon.summary().in(locale));
        amazon.timeline().forEach(e -> texts.add(e.text().in(locale)));
        amazon.roles().forEach(r -> {
            texts.add(r.name().in(locale));
            texts.add(r.description().in(locale));
        });
        amazon.attributes().forEach(a -> {
            texts.add(a.name().in(locale));
            texts.add(a.description().in(locale));
        });
        amazon.items().forEach(i -> {
            texts.add(i.name().in(locale));
            texts.add(i.card().in(locale));
            texts.add(i.buyerUse().in(locale));
            texts.add(i.harm().in(locale));
            i.scores().forEach(score -> texts.add(score.reason().in(locale)));
            i.referencePrice().ifPresent(p -> texts.add(p.unit().in(locale)));
        });
        amazon.perspectives().forEach(p -> {
            texts.add(p.name().in(locale));
            texts.add(p.description().in(locale));
            texts.add(p.labels().measure().in(locale));
            texts.add(p.labels().order().in(locale));
            texts.add(p.labels().top().in(locale));
            texts.add(p.labels().bottom().in(locale));
        });
        amazon.lessons().forEach(l -> {
            texts.add(l.title().in(locale));
            texts.add(l.text().in(locale));
        });
        amazon.scenarios().forEach(s -> {
            texts.addAll(pageTexts(s, locale));
            if (s instanceof DecisionScenario d) {
                d.endStates().forEach(end -> texts.add(end.title().in(locale)));
            }
        });
        amazon.lessonPlans().forEach(p -> {
            texts.add(p.title().in(locale));
            texts.add(p.description().in(locale));
        });
        return String.join("\n", texts);
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
