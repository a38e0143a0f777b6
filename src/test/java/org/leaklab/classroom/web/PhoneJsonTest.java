package org.leaklab.classroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.Rooms;
import org.leaklab.classroom.Submission;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.RankingScenario;
import org.junit.jupiter.api.Test;

/**
 * The question as the phone page reads it, kind by kind: each scenario kind writes its own part
 * (its rules' describe) and the page finds the fields it reads, in the phone's language.
 */
class PhoneJsonTest {
    private final Rooms rooms = new Rooms();
    private final ClassRoom room = rooms.room;
    private final String token = rooms.join();

    private JsonObject question(Locale locale) {
        JsonObject state = PhoneJson.state(room.view(token), room.caseData(), room.code(), locale);
        return state.getAsJsonObject("question");
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }

    private static List<String> ids(JsonArray entries) {
        List<String> ids = new ArrayList<>();
        for (JsonElement entry : entries) {
            ids.add(entry.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }

    @Test
    void aRankingListsItsItemsInTheScenariosOrderAndTheDevicesOrder() {
        RankingScenario ranking = Rooms.ranking();
        room.open(ranking);
        List<String> order = new ArrayList<>(ranking.itemIds());
        Collections.reverse(order);
        room.submit(token, rooms.seq(), new Submission.Ranking(order));
        JsonObject question = question(Locale.GERMAN);
        assertEquals(List.of("seq", "phase", "title", "prompt", "kind", "perspective", "order", "top", "bottom", "items",
                "answer"), List.copyOf(question.keySet()));
        assertEquals("ranking", question.get("kind").getAsString());
        assertEquals(ranking.title().in(Locale.GERMAN), question.get("title").getAsString());
        assertEquals(ranking.itemIds(), ids(question.getAsJsonArray("items")));
        JsonObject item = question.getAsJsonArray("items").get(0).getAsJsonObject();
        assertEquals(List.of("id", "name", "card"), List.copyOf(item.keySet()));
        assertEquals(room.caseData().item(ranking.itemIds().get(0)).orElseThrow().name().in(Locale.GERMAN),
                item.get("name").getAsString());
        assertEquals(order, strings(question.getAsJsonObject("answer").getAsJsonArray("ranking")));
    }

    @Test
    void anEstimateGivesTheScaleAndTheGuess() {
        room.open(Rooms.estimate());
        JsonObject before = question(Locale.ENGLISH);
        assertEquals("estimate", before.get("kind").getAsString());
        assertEquals("1.0", before.get("min").toString());
        assertEquals("10000.0", before.get("max").toString());
        assertFalse(before.has("answer"));
        room.submit(token, rooms.seq(), new Submission.Estimate(12.5));
        assertEquals(12.5, question(Locale.ENGLISH).getAsJsonObject("answer").get("estimate").getAsDouble());
    }

    @Test
    void aChoiceListsItsOptionsAndTheChosenIdsSorted() {
        ChoiceScenario multiple = Rooms.multipleChoice();
        room.open(multiple);
        List<String> options = multiple.options().stream().map(ChoiceOption::id).toList();
        List<String> chosen = List.of(options.get(1), options.get(0));
        room.submit(token, rooms.seq(), new Submission.Choice(chosen));
        JsonObject question = question(Locale.ENGLISH);
        assertEquals("choice", question.get("kind").getAsString());
        assertTrue(question.get("multiple").getAsBoolean());
        assertEquals(options, ids(question.getAsJsonArray("options")));
        assertEquals(multiple.options().get(0).text().in(Locale.ENGLISH),
                question.getAsJsonArray("options").get(0).getAsJsonObject().get("text").getAsString());
        assertEquals(chosen.stream().sorted().toList(), strings(question.getAsJsonObject("answer").getAsJsonArray("choice")));
    }

    @Test
    void aStoryShowsTheGroupsNodeItsVoteAndWhatWasDecided() {
        DecisionScenario story = Rooms.story();
        room.open(story);
        DecisionNode start = story.node(story.startNodeId()).orElseThrow();
        JsonObject step = question(Locale.ENGLISH).getAsJsonObject("story");
        assertEquals("story", question(Locale.ENGLISH).get("kind").getAsString());
        assertEquals(1, step.get("step").getAsInt());
        assertFalse(step.get("ended").getAsBoolean());
        assertEquals(start.id(), step.getAsJsonObject("node").get("id").getAsString());
        assertEquals(start.text().in(Locale.ENGLISH), step.getAsJsonObject("node").get("text").getAsString());
        assertEquals(start.options().stream().map(o -> o.id()).toList(), ids(step.getAsJsonObject("node").getAsJsonArray("options")));

        String option = start.options().get(0).id();
        room.submit(token, rooms.seq(), new Submission.Vote(option));
        assertEquals(option, question(Locale.ENGLISH).getAsJsonObject("story").get("vote").getAsString());
        room.reveal();
        JsonObject decided = question(Locale.ENGLISH).getAsJsonObject("story").getAsJsonObject("decided");
        assertEquals(List.of("id", "text", "consequence"), List.copyOf(decided.keySet()));
        assertEquals(option, decided.get("id").getAsString());
        assertEquals(start.options().get(0).consequence().in(Locale.ENGLISH), decided.get("consequence").getAsString());
        assertFalse(question(Locale.ENGLISH).has("answer"), "a story has votes, not an answer");
    }
}
