package org.leaklab.content;

import static org.leaklab.content.PackFields.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leaklab.content.JsonNode.JObject;
import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.Lesson;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.Role;
import org.leaklab.model.Source;
import org.leaklab.model.TimelineEvent;

/** Reads the sections around the scenarios: sources, attributes, roles, lessons, the timeline and lesson plans. */
final class CaseSectionsReader {
    /** Longest lesson a plan may be made for: a school day. */
    static final int MAX_PLAN_MINUTES = 480;


    private final PackFields fields;
    private final ProblemCollector problems;
    private final Citations citations;
    /** The lesson each scenario ends with, as the lessons read so far name them. */
    private final Map<String, String> lessonOfScenario = new HashMap<>();

    CaseSectionsReader(PackFields fields, Citations citations) {
        this.fields = fields;
        this.problems = fields.problems();
        this.citations = citations;
    }

    Source source(JObject o, String path) {
        fields.knownFields(o, path, Set.of("id", "name", "address", "date"));
        String id = fields.id(o, path, "id");
        String name = fields.string(o, path, "name", true);
        String address = fields.string(o, path, "address", true);
        String date = null;
        boolean dateOk = true;
        if (o.members().containsKey("date")) {
            date = fields.date(o, path, "date");
            dateOk = date != null;
        }
        if (id == null || name == null || address == null || !dateOk) {
            return null;
        }
        return new Source(id, name, address, Optional.ofNullable(date));
    }

    AttributeDefinition attribute(JObject o, String path) {
        Entry entry = entry(o, path, Set.of("id", "name", "description"), "name", "description");
        return entry == null ? null : new AttributeDefinition(entry.id(), entry.first(), entry.second());
    }

    Role role(JObject o, String path) {
        return cited(entry(o, path, Set.of("id", "name", "description", "sources"), "name", "description"),
                citations.citedSources(o, path, Phrase.of("content.cited.role")), Role::new);
    }

    /**
     * A lesson; its optional {@code scenarios} name the scenarios whose reveal ends with it: ids of
     * {@code scenarioIds}, none of {@code storyIds} (a story ends with its ending's lesson) and none
     * that an earlier lesson named (a scenario ends with one lesson).
     */
    Lesson lesson(JObject o, String path, Set<String> scenarioIds, Set<String> storyIds) {
        Entry entry = entry(o, path, Set.of("id", "title", "text", "sources", "scenarios"), "title", "text");
        List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.lesson"));
        List<String> closes = List.of();
        if (o.members().containsKey("scenarios")) {
            closes = fields.references(o, path, "scenarios", scenarioIds, Noun.SCENARIO, 1);
            for (int i = 0; closes != null && i < closes.size(); i++) {
                String scenario = closes.get(i);
                String at = child(path, "scenarios") + "[" + i + "]";
                if (storyIds.contains(scenario)) {
                    problems.error(at, "content.lessonForStory", scenario);
                    closes = null;
                } else if (lessonOfScenario.containsKey(scenario)) {
                    problems.error(at, "content.lessonTwice", scenario, lessonOfScenario.get(scenario));
                    closes = null;
                } else if (entry != null) {
                    lessonOfScenario.put(scenario, entry.id());
                }
            }
        }
        return entry == null || sources == null || closes == null ? null
                : new Lesson(entry.id(), entry.first(), entry.second(), sources, closes);
    }

    /** The id and two texts that attributes, roles and lessons are made of. */
    private record Entry(String id, LocalizedText first, LocalizedText second) {
    }

    /** Makes one of the entries that are an id, two texts and the sources they rest on (roles, lessons). */
    @FunctionalInterface
    private interface CitedEntry<T> {
        T make(String id, LocalizedText first, LocalizedText second, List<String> sources);
    }

    /** Reads such an entry, reporting every problem; null when one of the three is missing or wrong. */
    private Entry entry(JObject o, String path, Set<String> known, String first, String second) {
        fields.knownFields(o, path, known);
        String id = fields.id(o, path, "id");
        LocalizedText firstText = fields.text(o, path, first);
        LocalizedText secondText = fields.text(o, path, second);
        return id == null || firstText == null || secondText == null ? null : new Entry(id, firstText, secondText);
    }

    /** The entry with its sources; null when either is. */
    private static <T> T cited(Entry entry, List<String> sources, CitedEntry<T> make) {
        return entry == null || sources == null ? null : make.make(entry.id(), entry.first(), entry.second(), sources);
    }

    List<TimelineEvent> timeline(JObject pack) {
        List<TimelineEvent> events = new ArrayList<>();
        List<JsonNode> elements = fields.array(pack, "$", "timeline", false, 0, Noun.EVENT.many());
        String previousDate = null;
        for (int i = 0; i < elements.size(); i++) {
            String path = "$.timeline[" + i + "]";
            JObject o = fields.object(elements.get(i), path, Noun.EVENT.a());
            if (o == null) {
                continue;
            }
            fields.knownFields(o, path, Set.of("date", "text", "sources"));
            String date = fields.date(o, path, "date");
            if (date == null && !o.members().containsKey("date")) {
                problems.error(path, "content.missingDate");
            }
            LocalizedText text = fields.text(o, path, "text");
            List<String> sources = citations.citedSources(o, path, Phrase.of("content.cited.event"));
            // A less precise date ("2018-09") may follow a more precise one in the same period.
            if (date != null && previousDate != null && date.compareTo(previousDate) < 0
                    && !previousDate.startsWith(date)) {
                problems.warning(child(path, "date"), "content.dateOrder", date, previousDate);
            }
            if (date != null) {
                previousDate = date;
            }
            if (date != null && text != null && sources != null) {
                events.add(new TimelineEvent(date, text, sources));
            }
        }
        return events;
    }
    /** A lesson plan; {@code scenarioOrder} is the ids of the pack's scenarios in the order it plays them. */
    LessonPlan lessonPlan(JObject o, String path, List<String> scenarioOrder) {
        fields.knownFields(o, path, Set.of("id", "title", "description", "minutes", "scenarios"));
        String id = fields.id(o, path, "id");
        LocalizedText title = fields.text(o, path, "title");
        LocalizedText description = fields.text(o, path, "description");
        Integer minutes = fields.integer(o, path, "minutes", 1, MAX_PLAN_MINUTES);
        List<String> chosen = fields.references(o, path, "scenarios", new LinkedHashSet<>(scenarioOrder), Noun.SCENARIO, 1);
        if (chosen != null) {
            // The case is written so that no scenario gives away a later one's answer; a plan may
            // leave scenarios out, never change their order.
            int previous = -1;
            for (int i = 0; i < chosen.size(); i++) {
                int at = scenarioOrder.indexOf(chosen.get(i));
                if (at < previous) {
                    problems.error(child(path, "scenarios") + "[" + i + "]", "content.planOrder", chosen.get(i),
                            chosen.get(i - 1));
                    chosen = null;
                    break;
                }
                previous = at;
            }
        }
        return id == null || title == null || description == null || minutes == null || chosen == null ? null
                : new LessonPlan(id, title, description, minutes, chosen);
    }}
