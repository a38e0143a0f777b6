package org.leaklab.content;

import static org.leaklab.content.PackFields.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leaklab.content.JsonNode.JArray;
import org.leaklab.content.JsonNode.JObject;
import org.leaklab.content.JsonNode.JString;
import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.Case;
import org.leaklab.model.DataItem;
import org.leaklab.model.Lesson;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.Perspective;
import org.leaklab.model.Role;
import org.leaklab.model.Scenario;
import org.leaklab.model.Source;
import org.leaklab.model.TimelineEvent;

/**
 * Checks a parsed case pack against the format described in {@code docs/case-authoring.md} and
 * builds the {@link Case}. Every check records its problem and goes on, so one run reports all
 * problems; a section that is broken still declares its ids, so one bad item does not make every
 * reference to it dangle as well. The case is built only if there is no error at all.
 *
 * <p>This class reads the sections in order; {@link PackFields} reads single fields,
 * {@link CaseSectionsReader}, {@link ItemReader} and {@link ScenarioReader} read the elements of
 * their sections, {@link Citations} keeps track of the sources cited.
 */
final class CasePackReader {
    /** The format version this reader understands. */
    static final int FORMAT_VERSION = 1;


    private final ProblemCollector problems;
    private final PackFields fields;

    CasePackReader(ProblemCollector problems) {
        this.problems = problems;
        this.fields = new PackFields(problems);
    }

    /** The case, or empty if there is any error. */
    Optional<Case> read(JsonNode root) {
        JObject pack = fields.object(root, "$", Phrase.of("content.what.casePack"));
        if (pack == null) {
            return Optional.empty();
        }
        fields.knownFields(pack, "$", Set.of("$schema", "formatVersion", "id", "title", "summary", "timeline",
                "roles", "sources", "attributes", "items", "perspectives", "lessons", "scenarios", "lessonPlans"));
        Integer version = fields.integer(pack, "$", "formatVersion", 1, Integer.MAX_VALUE);
        if (version != null && version != FORMAT_VERSION) {
            problems.error(child("$", "formatVersion"), "content.formatVersion", String.valueOf(FORMAT_VERSION),
                    String.valueOf(version));
        }
        String id = fields.id(pack, "$", "id");
        LocalizedText title = fields.text(pack, "$", "title");
        LocalizedText summary = fields.text(pack, "$", "summary");

        // Declare ids first, so references are checked against everything the pack names.
        Citations citations = new Citations(fields, declaredIds(pack, "sources"));
        CaseSectionsReader sections = new CaseSectionsReader(fields, citations);
        ItemReader itemReader = new ItemReader(fields, citations, declaredIds(pack, "attributes"));
        Set<String> itemIds = declaredIds(pack, "items");
        Set<String> perspectiveIds = declaredIds(pack, "perspectives");
        Set<String> lessonIds = declaredIds(pack, "lessons");

        List<Source> sources = section(pack, "sources", true, Noun.SOURCE, sections::source);
        List<AttributeDefinition> attributes = section(pack, "attributes", true, Noun.ATTRIBUTE, sections::attribute);
        List<Role> roles = section(pack, "roles", false, Noun.ROLE, sections::role);
        Set<String> scenarioIds = declaredIds(pack, "scenarios");
        Set<String> storyIds = declaredStories(pack);
        List<Lesson> lessons = section(pack, "lessons", false, Noun.LESSON,
                (o, path) -> sections.lesson(o, path, scenarioIds, storyIds));
        List<TimelineEvent> timeline = sections.timeline(pack);
        List<DataItem> dataItems = section(pack, "items", true, Noun.ITEM, itemReader::item);
        List<Perspective> perspectiveList = section(pack, "perspectives", true, Noun.PERSPECTIVE,
                itemReader::perspective);
        ScenarioReader scenarioReader = new ScenarioReader(fields, citations, itemIds, dataItems, perspectiveIds,
                perspectiveList, lessonIds);
        List<Scenario> scenarios = section(pack, "scenarios", true, Noun.SCENARIO, scenarioReader::scenario);
        List<String> scenarioOrder = new ArrayList<>(declaredIds(pack, "scenarios"));
        List<LessonPlan> plans = section(pack, "lessonPlans", false, Noun.LESSON_PLAN,
                (o, path) -> sections.lessonPlan(o, path, scenarioOrder));
        citations.warnAboutUncitedSources(pack);

        if (problems.errorCount() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Case(id, title, summary, timeline, roles, sources, attributes, dataItems,
                    perspectiveList, scenarios, lessons, plans));
        } catch (RuntimeException e) {
            // Every rule of the records is checked above; this only guards against a check we missed.
            problems.error("$", "content.inconsistent", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private interface ElementReader<T> {
        T read(JObject element, String path);
    }

    /**
     * Reads an array of objects with unique ids; elements with problems are left out. A required
     * section needs at least one element, an optional one may be missing or empty.
     */
    private <T> List<T> section(JObject pack, String name, boolean required, Noun what, ElementReader<T> reader) {
        List<T> result = new ArrayList<>();
        List<JsonNode> elements = fields.array(pack, "$", name, required, required ? 1 : 0, what.many());
        Map<String, String> firstPath = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = child("$", name) + "[" + i + "]";
            JObject element = fields.object(elements.get(i), path, what.a());
            if (element == null) {
                continue;
            }
            fields.uniqueId(element, path, what, firstPath);
            T value = reader.read(element, path);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** The ids of the pack's decision stories, as its scenarios declare them. */
    private static Set<String> declaredStories(JObject pack) {
        Set<String> stories = new LinkedHashSet<>();
        if (pack.members().get("scenarios") instanceof JArray array) {
            for (JsonNode element : array.elements()) {
                if (element instanceof JObject o && o.members().get("type") instanceof JString type
                        && "decision".equals(type.value()) && o.members().get("id") instanceof JString id) {
                    stories.add(id.value());
                }
            }
        }
        return stories;
    }

    private static Set<String> declaredIds(JObject pack, String section) {
        return pack.members().get(section) instanceof JArray array ? PackFields.idsOf(array.elements())
                : new LinkedHashSet<>();
    }
}
