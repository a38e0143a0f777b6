package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leaklab.content.PackFixtures.array;
import static org.leaklab.content.PackFixtures.at;
import static org.leaklab.content.PackFixtures.minimal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken packs, each with the one problem it must produce: the exact JSON path and the exact
 * message, so a vague or misplaced report fails the test.
 */
class BrokenPackTest {
    /** A change that breaks the minimal pack, and the error it must cause. */
    record Broken(String name, Consumer<JsonObject> change, String path, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Broken broken(String name, Consumer<JsonObject> change, String path, String message) {
        return new Broken(name, change, path, message);
    }

    private static final String ITEMS = "(\"i1\", \"i2\", \"i3\", \"i4\")";
    private static final String KINDS = "\"personal-data\", \"business-data\", \"service\"";

    static Stream<Broken> brokenPacks() {
        return Stream.of(
                broken("missing format version", p -> p.remove("formatVersion"),
                        "$", "missing required field \"formatVersion\" (expected a whole number)"),
                broken("future format version", p -> p.addProperty("formatVersion", 2),
                        "$.formatVersion", "expected format version 1, found 2 (this LeakLab reads version 1 only)"),
                broken("id is null", p -> p.add("id", JsonNull.INSTANCE),
                        "$.id", "expected a string, found null"),
                broken("id with capitals and spaces", p -> p.addProperty("id", "Mini Case"),
                        "$.id", "expected an id of at most 64 lower-case letters, digits and single hyphens "
                                + "(such as \"sales-stats\"), found the string \"Mini Case\""),
                broken("id too long", p -> p.addProperty("id", "a".repeat(65)),
                        "$.id", "expected an id of at most 64 lower-case letters, digits and single hyphens "
                                + "(such as \"sales-stats\"), found the string \"" + "a".repeat(37) + "...\""),
                broken("title without German", p -> at(p, "title").remove("de"),
                        "$.title", "missing language \"de\" (expected text in en and de)"),
                broken("title is a plain string", p -> p.addProperty("title", "Mini"),
                        "$.title", "expected a text object with \"en\" and \"de\", found the string \"Mini\""),
                broken("empty English summary", p -> at(p, "summary").addProperty("en", ""),
                        "$.summary.en", "expected non-empty text, found an empty string"),
                broken("items is an object", p -> p.add("items", new JsonObject()),
                        "$.items", "expected an array of items, found an object"),
                broken("no scenarios", p -> p.add("scenarios", new JsonArray()),
                        "$.scenarios", "expected a non-empty array of scenarios, found an empty array"),
                broken("duplicate item id", p -> at(p, "items", 1).addProperty("id", "i1"),
                        "$.items[1].id", "expected a unique item id, found \"i1\" again (first used at $.items[0].id)"),
                broken("item is a number", p -> array(p, "items").set(3, new JsonPrimitive(4)),
                        "$.items[3]", "expected an item (a JSON object), found the number 4"),
                broken("partOfCase as text", p -> at(p, "items", 0).addProperty("partOfCase", "yes"),
                        "$.items[0].partOfCase", "expected true or false, found the string \"yes\""),
                broken("score above the scale", p -> at(p, "items", 0, "scores", "gain").addProperty("score", 7),
                        "$.items[0].scores.gain.score", "expected a whole number from 0 to 5, found the number 7"),
                broken("fractional score", p -> at(p, "items", 0, "scores", "gain").add("score", new JsonPrimitive(new BigDecimal("2.5"))),
                        "$.items[0].scores.gain.score", "expected a whole number from 0 to 5, found the number 2.5"),
                broken("missing score for an attribute", p -> at(p, "items", 2, "scores").remove("harm"),
                        "$.items[2].scores", "missing a score for attribute \"harm\""),
                broken("score for an unknown attribute", p -> at(p, "items", 0, "scores").add("speed",
                                at(p, "items", 0, "scores", "gain").deepCopy()),
                        "$.items[0].scores.speed", "expected a score for an attribute of the pack (\"gain\", \"harm\"), "
                                + "found the unknown attribute \"speed\""),
                broken("score without reason", p -> at(p, "items", 1, "scores", "harm").remove("reason"),
                        "$.items[1].scores.harm", "missing required field \"reason\" (expected a text object with \"en\" and \"de\")"),
                broken("price with low above high", p -> at(p, "items", 0, "price").addProperty("low", 3000),
                        "$.items[0].price", "expected low <= high, found low 3000 > high 2000"),
                broken("price in lower-case currency", p -> at(p, "items", 0, "price").addProperty("currency", "usd"),
                        "$.items[0].price.currency", "expected a three-letter currency code such as USD, found the string \"usd\""),
                broken("price from the 19th century", p -> at(p, "items", 0, "price").addProperty("year", 1850),
                        "$.items[0].price.year", "expected a whole number from 1990 to 2100, found the number 1850"),
                broken("price from an unknown source", p -> at(p, "items", 0, "price").addProperty("source", "wsj"),
                        "$.items[0].price.source", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"wsj\""),
                broken("negative weight", p -> at(p, "perspectives", 1, "weights").addProperty("gain", -1),
                        "$.perspectives[1].weights.gain", "expected a weight of 0 or more, found the number -1"),
                broken("only zero weights", p -> at(p, "perspectives", 0, "weights").addProperty("gain", 0),
                        "$.perspectives[0].weights", "expected at least one weight above 0, found only zero weights"),
                broken("weight for an unknown attribute", p -> at(p, "perspectives", 0, "weights").addProperty("fame", 1),
                        "$.perspectives[0].weights.fame", "expected a weight for an attribute of the pack (\"gain\", \"harm\"), "
                                + "found the unknown attribute \"fame\""),
                broken("weight as text", p -> at(p, "perspectives", 0, "weights").addProperty("gain", "high"),
                        "$.perspectives[0].weights.gain", "expected a weight, found the string \"high\""),
                broken("timeline date that does not exist", p -> at(p, "timeline", 0).addProperty("date", "2018-02-30"),
                        "$.timeline[0].date", "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found the string \"2018-02-30\""),
                broken("timeline event from an unknown source", p -> array(p, "timeline", 0, "sources").add("nyt"),
                        "$.timeline[0].sources[1]", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"nyt\""),
                broken("unknown scenario type", p -> at(p, "scenarios", 0).addProperty("type", "quiz"),
                        "$.scenarios[0].type", "expected one of ranking, estimate, choice, decision, found the string \"quiz\""),
                broken("duplicate scenario id", p -> at(p, "scenarios", 3).addProperty("id", "rank"),
                        "$.scenarios[3].id", "expected a unique scenario id, found \"rank\" again (first used at $.scenarios[0].id)"),
                broken("ranking with two items", p -> {
                    JsonArray items = array(p, "scenarios", 0, "items");
                    items.remove(3);
                    items.remove(2);
                }, "$.scenarios[0].items", "expected at least 3 items, found 2"),
                broken("ranking of an unknown item", p -> array(p, "scenarios", 0, "items").set(1, new JsonPrimitive("i9")),
                        "$.scenarios[0].items[1]", "expected the id of an item " + ITEMS + ", found the unknown id \"i9\""),
                broken("ranking with an item twice", p -> array(p, "scenarios", 0, "items").set(3, new JsonPrimitive("i1")),
                        "$.scenarios[0].items[3]", "expected each item once, found \"i1\" again"),
                broken("ranking for an unknown perspective", p -> at(p, "scenarios", 0).addProperty("perspective", "judge"),
                        "$.scenarios[0].perspective", "expected the id of a perspective (\"buyer\", \"victim\"), "
                                + "found the unknown id \"judge\""),
                broken("ranking of 21 items", p -> {
                    JsonArray items = array(p, "scenarios", 0, "items");
                    for (int i = 5; i <= 21; i++) {
                        JsonObject copy = at(p, "items", 1).deepCopy();
                        copy.addProperty("id", "x" + i);
                        array(p, "items").add(copy);
                        items.add("x" + i);
                    }
                }, "$.scenarios[0].items", "expected at most 20 items, found 21"),
                broken("estimate with low above high", p -> {
                    at(p, "scenarios", 1).addProperty("low", 2000);
                    at(p, "scenarios", 1).addProperty("high", 80);
                }, "$.scenarios[1]", "expected low <= high, found low 2000 > high 80"),
                broken("estimate with a negative price", p -> at(p, "scenarios", 1).addProperty("low", -5),
                        "$.scenarios[1].low", "expected a number above 0, found the number -5"),
                broken("estimate with a zero price", p -> at(p, "scenarios", 1).addProperty("low", 0),
                        "$.scenarios[1].low", "expected a number above 0, found the number 0"),
                broken("estimate with an overflowing number", p -> at(p, "scenarios", 1).add("high", new JsonPrimitive(new BigDecimal("1e999"))),
                        "$.scenarios[1].high", "expected a number of at most 1e12 in size, found the number 1E+999"),
                broken("estimate in euros", p -> at(p, "scenarios", 1).addProperty("currency", "EUR"),
                        "$.scenarios[1].currency", "expected \"USD\" (estimates are in US dollars), found the string \"EUR\""),
                broken("estimate without sources", p -> at(p, "scenarios", 1).add("sources", new JsonArray()),
                        "$.scenarios[1].sources", "expected at least 1 source, found 0"),
                broken("estimate price as text", p -> at(p, "scenarios", 1).addProperty("high", "2000"),
                        "$.scenarios[1].high", "expected a number, found the string \"2000\""),
                broken("single choice without a fully right option", p -> at(p, "scenarios", 2, "options", 0).addProperty("credit", 0.5),
                        "$.scenarios[2].options", "expected one option with credit 1 so the best answer earns full marks, "
                                + "found the highest credit 0.5"),
                broken("single choice with credit above 1", p -> at(p, "scenarios", 2, "options", 0).addProperty("credit", 2),
                        "$.scenarios[2].options[0].credit", "expected a credit from 0 to 1 in a single-answer question, "
                                + "found the number 2"),
                broken("multiple choice with credit below -1", p -> {
                    at(p, "scenarios", 2).addProperty("multiple", true);
                    at(p, "scenarios", 2, "options", 1).addProperty("credit", -3);
                }, "$.scenarios[2].options[1].credit", "expected a credit from -1 to 1, found the number -3"),
                broken("multiple choice with nothing right", p -> {
                    at(p, "scenarios", 2).addProperty("multiple", true);
                    at(p, "scenarios", 2, "options", 0).addProperty("credit", -0.5);
                }, "$.scenarios[2].options", "expected at least one option with a credit above 0, found none"),
                broken("choice with one option", p -> array(p, "scenarios", 2, "options").remove(1),
                        "$.scenarios[2].options", "expected at least 2 options, found 1"),
                broken("choice with an option id twice", p -> at(p, "scenarios", 2, "options", 1).addProperty("id", "good"),
                        "$.scenarios[2].options[1].id", "expected a unique option id, found \"good\" again "
                                + "(first used at $.scenarios[2].options[0].id)"),
                broken("decision starting at an ending", p -> at(p, "scenarios", 3).addProperty("start", "good-end"),
                        "$.scenarios[3].start", "expected the id of a node (\"n1\", \"n2\"), found \"good-end\", which is an ending"),
                broken("decision option leading nowhere", p -> at(p, "scenarios", 3, "nodes", 0, "options", 0).addProperty("next", "n7"),
                        "$.scenarios[3].nodes[0].options[0].next", "expected the id of a node or ending (\"n1\", \"n2\", "
                                + "\"good-end\", \"mid-end\", \"bad-end\"), found the unknown id \"n7\""),
                broken("decision with a loop", p -> at(p, "scenarios", 3, "nodes", 1, "options", 1).addProperty("next", "n1"),
                        "$.scenarios[3].nodes[1]", "expected a story without loops, found option \"quit\" leading back to \"n1\""),
                broken("decision with an unreachable node", p -> {
                    JsonObject orphan = at(p, "scenarios", 3, "nodes", 1).deepCopy();
                    orphan.addProperty("id", "n3");
                    at(orphan, "options", 0).addProperty("id", "more2");
                    at(orphan, "options", 1).addProperty("id", "quit2");
                    array(p, "scenarios", 3, "nodes").add(orphan);
                }, "$.scenarios[3].nodes[2]", "expected every node to be reachable from the start \"n1\", "
                        + "found node \"n3\" that no option leads to"),
                broken("decision whose best ending is not worth 100", p -> at(p, "scenarios", 3, "ends", 0).addProperty("score", 80),
                        "$.scenarios[3].ends", "expected at least one ending with score 100, found the best ending worth 80"),
                broken("decision ending worth more than 100", p -> at(p, "scenarios", 3, "ends", 1).addProperty("score", 140),
                        "$.scenarios[3].ends[1].score", "expected a whole number from 0 to 100, found the number 140"),
                broken("decision ending with an unknown lesson", p -> at(p, "scenarios", 3, "ends", 2).addProperty("lesson", "l9"),
                        "$.scenarios[3].ends[2].lesson", "expected the id of a lesson (\"l1\"), found the unknown id \"l9\""),
                broken("decision node id reused by an ending", p -> at(p, "scenarios", 3, "ends", 2).addProperty("id", "n2"),
                        "$.scenarios[3].ends[2].id", "expected a unique node or ending id, found \"n2\" again "
                                + "(first used at $.scenarios[3].nodes[1].id)"),
                broken("decision node without options", p -> at(p, "scenarios", 3, "nodes", 1).add("options", new JsonArray()),
                        "$.scenarios[3].nodes[1].options", "expected a non-empty array of options, found an empty array"),
                broken("source without address", p -> at(p, "sources", 1).remove("address"),
                        "$.sources[1]", "missing required field \"address\" (expected a string)"),
                broken("item without kind", p -> at(p, "items", 0).remove("kind"),
                        "$.items[0]", "missing required field \"kind\" (expected a string)"),
                broken("item of an unknown kind", p -> at(p, "items", 0).addProperty("kind", "opinion"),
                        "$.items[0].kind", "expected one of " + KINDS + ", found the string \"opinion\""),
                broken("role from an unknown source", p -> array(p, "roles", 0, "sources").add("nyt"),
                        "$.roles[0].sources[1]", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"nyt\""),
                broken("item's harm from an unknown source", p -> array(p, "items", 0, "harmSources").add("nyt"),
                        "$.items[0].harmSources[0]", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"nyt\""),
                broken("item's buyer use citing a source twice", p -> array(p, "items", 0, "buyerUseSources").add("s1"),
                        "$.items[0].buyerUseSources[1]", "expected each source once, found \"s1\" again"),
                broken("lesson from an unknown source", p -> array(p, "lessons", 0, "sources").add("nyt"),
                        "$.lessons[0].sources[0]", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"nyt\""),
                broken("ranking from an unknown source", p -> array(p, "scenarios", 0, "sources").add("nyt"),
                        "$.scenarios[0].sources[0]", "expected the id of a source (\"s1\", \"s2\"), found the unknown id \"nyt\""),
                broken("story sources as text", p -> at(p, "scenarios", 3).addProperty("sources", "s2"),
                        "$.scenarios[3].sources", "expected an array of source ids, found the string \"s2\""),
                broken("perspective without labels", p -> at(p, "perspectives", 0).remove("labels"),
                        "$.perspectives[0]", "missing required field \"labels\" (expected an object with the texts "
                                + "\"measure\", \"order\", \"top\" and \"bottom\")"),
                broken("labels without a bottom", p -> at(p, "perspectives", 0, "labels").remove("bottom"),
                        "$.perspectives[0].labels", "missing required field \"bottom\" (expected a text object with \"en\" and \"de\")"),
                broken("perspective valuing an unknown kind", p -> {
                    JsonArray kinds = new JsonArray();
                    kinds.add("feelings");
                    at(p, "perspectives", 1).add("itemKinds", kinds);
                }, "$.perspectives[1].itemKinds[0]", "expected one of " + KINDS + ", found the string \"feelings\""),
                broken("perspective valuing no kind", p -> at(p, "perspectives", 1).add("itemKinds", new JsonArray()),
                        "$.perspectives[1].itemKinds", "expected a non-empty array of item kinds (" + KINDS
                                + "), found an empty array"),
                broken("harm ranking of a service and business data", p -> {
                    JsonArray kinds = new JsonArray();
                    kinds.add("personal-data");
                    at(p, "perspectives", 0).add("itemKinds", kinds);
                }, "$.scenarios[0].items[1]", "expected items of the kinds perspective \"buyer\" values "
                        + "(\"personal-data\"), found \"i2\" of kind \"service\""),
                broken("estimate naming an unknown item", p -> array(p, "scenarios", 1, "items").add("i9"),
                        "$.scenarios[1].items[1]", "expected the id of an item " + ITEMS + ", found the unknown id \"i9\""),
                broken("lesson closing an unknown scenario", p -> at(p, "lessons", 0).add("scenarios", idArray("quiz")),
                        "$.lessons[0].scenarios[0]", "expected the id of a scenario (\"rank\", \"guess\", \"pick\", "
                                + "\"story\"), found the unknown id \"quiz\""),
                broken("lesson closing a decision story", p -> at(p, "lessons", 0).add("scenarios", idArray("story")),
                        "$.lessons[0].scenarios[0]", "expected a scenario that is not a decision story, found \"story\" "
                                + "(a story ends with the lesson of the ending reached)"),
                broken("two lessons closing one scenario", p -> {
                    at(p, "lessons", 0).add("scenarios", idArray("rank"));
                    JsonObject second = at(p, "lessons", 0).deepCopy();
                    second.addProperty("id", "l2");
                    array(p, "lessons").add(second);
                }, "$.lessons[1].scenarios[0]", "expected each scenario to end with one lesson, found \"rank\" "
                        + "already named by the lesson \"l1\""),
                broken("lesson plan with an unknown scenario", p -> array(p, "lessonPlans", 0, "scenarios").add("quiz"),
                        "$.lessonPlans[0].scenarios[2]", "expected the id of a scenario (\"rank\", \"guess\", \"pick\", "
                                + "\"story\"), found the unknown id \"quiz\""),
                broken("lesson plan out of case order", p -> {
                    JsonArray order = new JsonArray();
                    order.add("story");
                    order.add("rank");
                    at(p, "lessonPlans", 0).add("scenarios", order);
                }, "$.lessonPlans[0].scenarios[1]", "expected the scenarios in the order the case plays them, "
                        + "found \"rank\" after \"story\""),
                broken("lesson plan without scenarios", p -> at(p, "lessonPlans", 0).add("scenarios", new JsonArray()),
                        "$.lessonPlans[0].scenarios", "expected at least 1 scenario, found 0"),
                broken("lesson plan of no minutes", p -> at(p, "lessonPlans", 0).addProperty("minutes", 0),
                        "$.lessonPlans[0].minutes", "expected a whole number from 1 to 480, found the number 0"),
                broken("duplicate lesson plan id", p -> array(p, "lessonPlans").add(at(p, "lessonPlans", 0).deepCopy()),
                        "$.lessonPlans[1].id", "expected a unique lesson plan id, found \"short\" again "
                                + "(first used at $.lessonPlans[0].id)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void reportsTheSpecificProblem(Broken broken) {
        JsonObject pack = minimal();
        broken.change().accept(pack);
        LoadResult result = new CasePackLoader().parse("broken.json", pack.toString());
        assertFalse(result.isValid(), "a broken pack yields no case");
        assertTrue(result.errors().stream().anyMatch(p -> p.path().equals(broken.path())
                        && p.message().equals(broken.message()) && p.file().equals("broken.json")),
                () -> "expected " + broken.path() + ": " + broken.message() + "\nbut got:\n"
                        + String.join("\n", result.problems().stream().map(Problem::format).toList()));
    }

    @Test
    void thereAreAtLeastThirtyDistinctBrokenPacks() {
        List<Broken> all = brokenPacks().toList();
        assertTrue(all.size() >= 30);
        assertEquals(all.size(), all.stream().map(b -> b.path() + b.message()).distinct().count(), "all distinct");
    }

    @Test
    void theMinimalPackItselfIsValid() {
        LoadResult result = new CasePackLoader().parse("minimal.json", PackFixtures.minimalText());
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        JsonObject pack = minimal();
        pack.addProperty("formatVersion", 3);
        at(pack, "title").remove("en");
        at(pack, "perspectives", 0, "weights").addProperty("gain", -2);
        at(pack, "scenarios", 1).addProperty("low", 5000);
        at(pack, "scenarios", 3).addProperty("start", "nowhere");
        LoadResult result = new CasePackLoader().parse("many.json", pack.toString());
        List<String> paths = result.errors().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("$.formatVersion", "$.title", "$.perspectives[0].weights.gain",
                "$.scenarios[1]", "$.scenarios[3].start")), paths::toString);
    }

    @Test
    void unknownFieldsAreWarningsAndThePackStillLoads() {
        JsonObject pack = minimal();
        at(pack, "items", 0).addProperty("colour", "red");
        pack.addProperty("author", "someone");
        LoadResult result = new CasePackLoader().parse("extra.json", pack.toString());
        assertTrue(result.isValid());
        assertEquals(2, result.warnings().size(), result.problems()::toString);
        Problem colour = result.warnings().stream().filter(p -> p.path().equals("$.items[0].colour")).findFirst().orElseThrow();
        assertTrue(colour.message().startsWith("unknown field \"colour\" is ignored (expected one of: \"buyerUse\""),
                colour.message());
        assertEquals("extra.json: $.items[0].colour: warning: " + colour.message(), colour.format());
    }

    @Test
    void rankingsTooLongForTheScreenAndTiesAreWarnings() {
        JsonObject pack = minimal();
        JsonArray ranked = array(pack, "scenarios", 0, "items");
        for (int i = 5; i <= 8; i++) {
            JsonObject copy = at(pack, "items", 1).deepCopy();
            copy.addProperty("id", "x" + i);
            array(pack, "items").add(copy);
            ranked.add("x" + i);
        }
        LoadResult result = new CasePackLoader().parse("long.json", pack.toString());
        assertTrue(result.isValid());
        List<String> messages = result.warnings().stream().map(Problem::message).toList();
        assertTrue(messages.contains("expected at most 7 items so the cards fit on a 1280x720 screen, found 8"), messages::toString);
        assertTrue(messages.contains("expected items of different value for perspective \"buyer\", found \"i2\" and \"x5\" "
                + "both worth 4 (either order will count as right)"), messages::toString);
    }

    @Test
    void sourcesLeftOutOrCitedNowhereAreWarnings() {
        JsonObject pack = minimal();
        at(pack, "roles", 0).remove("sources");
        at(pack, "timeline", 1).remove("sources");
        at(pack, "scenarios", 3).remove("sources");
        LoadResult result = new CasePackLoader().parse("unsourced.json", pack.toString());
        assertTrue(result.isValid(), "missing sources do not stop a pack");
        List<String> lines = result.warnings().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertEquals(List.of(
                "$.roles[0]: missing field \"sources\" (expected the ids of the sources this role rests on, "
                        + "or [] if it rests on none)",
                "$.timeline[1]: missing field \"sources\" (expected the ids of the sources this event rests on, "
                        + "or [] if it rests on none)",
                "$.scenarios[3]: missing field \"sources\" (expected the ids of the sources this scenario rests on, "
                        + "or [] if it rests on none)",
                "$.sources[1].id: expected every source to be cited by an event, role, item, price, lesson or "
                        + "scenario, found \"s2\" cited nowhere"), lines);
    }

    @Test
    void theMinimalPackCarriesEveryNewFieldIntoTheCase() {
        org.leaklab.model.Case mini = PackFixtures.minimalCase();
        assertEquals(org.leaklab.model.ItemKind.SERVICE, mini.item("i2").orElseThrow().kind());
        assertEquals(List.of("s1"), mini.item("i1").orElseThrow().sourceIds());
        assertEquals(List.of("s1"), mini.item("i1").orElseThrow().buyerUseSourceIds());
        assertEquals(List.of(), mini.item("i1").orElseThrow().harmSourceIds());
        assertEquals(List.of("s1"), mini.roles().get(0).sourceIds());
        assertEquals("most harmful first",
                mini.perspective("victim").orElseThrow().labels().order().in(java.util.Locale.ENGLISH));
        assertEquals("Wert f\u00fcr den K\u00e4ufer",
                mini.perspective("buyer").orElseThrow().labels().measure().in(java.util.Locale.GERMAN));
        assertEquals(List.of("s2"), mini.scenario("story").orElseThrow().sourceIds());
        assertEquals(List.of("i1"), ((org.leaklab.model.EstimateScenario) mini.scenario("guess").orElseThrow()).itemIds());
        assertEquals(List.of("rank", "story"), mini.lessonPlan("short").orElseThrow().scenarioIds());
        assertEquals(20, mini.lessonPlan("short").orElseThrow().minutes());
    }

    @Test
    void aLessonClosesTheScenariosItNames() {
        JsonObject pack = minimal();
        at(pack, "lessons", 0).add("scenarios", idArray("rank", "pick"));
        LoadResult result = new CasePackLoader().parse("lessons.json", pack.toString());
        assertTrue(result.isValid(), () -> String.join("\n", result.problems().stream().map(Problem::format).toList()));
        org.leaklab.model.Case mini = result.caseData().orElseThrow();
        assertEquals(List.of("rank", "pick"), mini.lesson("l1").orElseThrow().scenarioIds());
        assertEquals(Optional.of("l1"), mini.lessonAfter("pick").map(org.leaklab.model.Lesson::id));
        assertEquals(Optional.empty(), mini.lessonAfter("guess"), "a scenario no lesson names ends with none");
    }

    private static JsonArray idArray(String... ids) {
        JsonArray array = new JsonArray();
        for (String id : ids) {
            array.add(id);
        }
        return array;
    }

    @Test
    void timelineOutOfOrderIsAWarning() {
        JsonObject pack = minimal();
        at(pack, "timeline", 1).addProperty("date", "2017");
        LoadResult result = new CasePackLoader().parse("order.json", pack.toString());
        assertTrue(result.isValid());
        assertEquals("expected events in date order, found 2017 after 2018-05", result.warnings().get(0).message());
        assertEquals("$.timeline[1].date", result.warnings().get(0).path());
    }

    @Test
    void theNumberOfReportedProblemsIsCapped() {
        JsonObject pack = minimal();
        JsonArray items = array(pack, "items");
        for (int i = 0; i < 3000; i++) {
            items.add(JsonParser.parseString("{\"id\": \"Bad Id\"}"));
        }
        LoadResult result = new CasePackLoader().parse("flood.json", pack.toString());
        assertEquals(CasePackLoader.MAX_PROBLEMS + 1, result.problems().size());
        Problem last = result.problems().get(result.problems().size() - 1);
        assertTrue(last.message().startsWith("expected at most 500 problems, found "), last.message());
        assertTrue(last.isError());
    }
}
