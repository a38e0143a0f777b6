package org.leaklab.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.leaklab.content.JsonNode.JArray;
import org.leaklab.content.JsonNode.JBoolean;
import org.leaklab.content.JsonNode.JNull;
import org.leaklab.content.JsonNode.JNumber;
import org.leaklab.content.JsonNode.JObject;
import org.leaklab.content.JsonNode.JString;
import org.leaklab.model.AttributeDefinition;
import org.leaklab.model.AttributeScore;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DataItem;
import org.leaklab.model.DecisionNode;
import org.leaklab.model.DecisionOption;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.ItemKind;
import org.leaklab.model.Lesson;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.LocalizedText;
import org.leaklab.model.Perspective;
import org.leaklab.model.PriceReference;
import org.leaklab.model.RankingLabels;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Role;
import org.leaklab.model.Scenario;
import org.leaklab.model.Source;
import org.leaklab.model.TimelineEvent;

/**
 * Checks a parsed case pack against the format described in {@code docs/case-authoring.md} and
 * builds the {@link Case}. Every check records its problem and goes on, so one run reports all
 * problems; a section that is broken still declares its ids, so one bad item does not make every
 * reference to it dangle as well. The case is built only if there is no error at all.
 */
final class CasePackReader {
    /** The format version this reader understands. */
    static final int FORMAT_VERSION = 1;
    /** Most items a ranking may have; more could not be shown and would make scoring quadratic. */
    static final int MAX_RANKING_ITEMS = 20;
    /** Most options of a choice question. */
    static final int MAX_CHOICE_OPTIONS = 20;
    /** Most nodes plus endings of a decision story. */
    static final int MAX_STORY_STEPS = 200;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 64;
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "formatVersion", "id", "title", "summary",
            "timeline", "roles", "sources", "attributes", "items", "perspectives", "lessons", "scenarios",
            "lessonPlans");
    private static final Set<String> EVENT_FIELDS = Set.of("date", "text", "sources");
    private static final Set<String> ROLE_FIELDS = Set.of("id", "name", "description", "sources");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "name", "address", "date");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "partOfCase", "kind", "name", "card", "buyerUse",
            "harm", "scores", "price", "sources", "buyerUseSources", "harmSources");
    private static final Set<String> SCORE_FIELDS = Set.of("score", "reason");
    private static final Set<String> PRICE_FIELDS = Set.of("low", "high", "currency", "unit", "source", "year");
    private static final Set<String> PERSPECTIVE_FIELDS = Set.of("id", "name", "description", "weights", "labels",
            "itemKinds");
    private static final Set<String> LABEL_FIELDS = Set.of("measure", "order", "top", "bottom");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "text", "sources");
    private static final Set<String> PLAN_FIELDS = Set.of("id", "title", "description", "minutes", "scenarios");
    /** Longest lesson a plan may be made for: a school day. */
    static final int MAX_PLAN_MINUTES = 480;
    private static final List<String> SCENARIO_TYPES = List.of("ranking", "estimate", "choice", "decision");
    private static final Set<String> RANKING_FIELDS = Set.of("id", "type", "title", "prompt", "perspective", "items",
            "sources");
    private static final Set<String> ESTIMATE_FIELDS = Set.of("id", "type", "title", "prompt", "low", "high",
            "currency", "sources", "explanation", "items");
    private static final Set<String> CHOICE_FIELDS = Set.of("id", "type", "title", "prompt", "multiple", "options",
            "sources");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "credit", "feedback");
    private static final Set<String> DECISION_FIELDS = Set.of("id", "type", "title", "prompt", "start", "nodes", "ends",
            "sources");
    private static final Set<String> NODE_FIELDS = Set.of("id", "text", "options");
    private static final Set<String> STEP_FIELDS = Set.of("id", "text", "consequence", "next");
    private static final Set<String> END_FIELDS = Set.of("id", "title", "text", "score", "lesson");

    private final ProblemCollector problems;

    private Set<String> sourceIds = Set.of();
    private Set<String> attributeIds = Set.of();
    private List<String> attributeOrder = List.of();
    private Set<String> itemIds = Set.of();
    private Set<String> perspectiveIds = Set.of();
    private Set<String> lessonIds = Set.of();
    private List<String> scenarioOrder = List.of();
    private final Map<String, DataItem> items = new HashMap<>();
    private final Map<String, Perspective> perspectives = new HashMap<>();
    /** Every source id some element cites, so that a source cited nowhere can be reported. */
    private final Set<String> citedSources = new HashSet<>();

    CasePackReader(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The case, or empty if there is any error. */
    Optional<Case> read(JsonNode root) {
        JObject pack = object(root, "$", "a case pack");
        if (pack == null) {
            return Optional.empty();
        }
        knownFields(pack, "$", TOP_FIELDS);
        Integer version = integer(pack, "$", "formatVersion", 1, Integer.MAX_VALUE);
        if (version != null && version != FORMAT_VERSION) {
            problems.error(child("$", "formatVersion"), "expected format version " + FORMAT_VERSION
                    + ", found " + version + " (this LeakLab reads version " + FORMAT_VERSION + " only)");
        }
        String id = id(pack, "$", "id");
        LocalizedText title = text(pack, "$", "title");
        LocalizedText summary = text(pack, "$", "summary");

        // Declare ids first, so references are checked against everything the pack names.
        sourceIds = declaredIds(pack, "sources");
        List<String> attributeList = new ArrayList<>(declaredIds(pack, "attributes"));
        attributeIds = new LinkedHashSet<>(attributeList);
        attributeOrder = attributeList;
        itemIds = declaredIds(pack, "items");
        perspectiveIds = declaredIds(pack, "perspectives");
        lessonIds = declaredIds(pack, "lessons");

        List<Source> sources = section(pack, "sources", true, "source", this::source);
        List<AttributeDefinition> attributes = section(pack, "attributes", true, "attribute", this::attribute);
        List<Role> roles = section(pack, "roles", false, "role", this::role);
        List<Lesson> lessons = section(pack, "lessons", false, "lesson", this::lesson);
        List<TimelineEvent> timeline = timeline(pack);
        List<DataItem> dataItems = section(pack, "items", true, "item", this::item);
        dataItems.forEach(item -> items.put(item.id(), item));
        List<Perspective> perspectiveList = section(pack, "perspectives", true, "perspective", this::perspective);
        perspectiveList.forEach(p -> perspectives.put(p.id(), p));
        List<Scenario> scenarios = section(pack, "scenarios", true, "scenario", this::scenario);
        scenarioOrder = new ArrayList<>(declaredIds(pack, "scenarios"));
        List<LessonPlan> plans = section(pack, "lessonPlans", false, "lesson plan", this::lessonPlan);
        warnAboutUncitedSources(pack);

        if (problems.errorCount() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Case(id, title, summary, timeline, roles, sources, attributes, dataItems,
                    perspectiveList, scenarios, lessons, plans));
        } catch (RuntimeException e) {
            // Every rule of the records is checked above; this only guards against a check we missed.
            problems.error("$", "expected a consistent case, found: " + e.getMessage());
            return Optional.empty();
        }
    }

    // ---- sections ---------------------------------------------------------------------------

    private interface ElementReader<T> {
        T read(JObject element, String path);
    }

    /**
     * Reads an array of objects with unique ids; elements with problems are left out. A required
     * section needs at least one element, an optional one may be missing or empty.
     */
    private <T> List<T> section(JObject pack, String name, boolean required, String what, ElementReader<T> reader) {
        List<T> result = new ArrayList<>();
        List<JsonNode> elements = array(pack, "$", name, required, required ? 1 : 0, what + "s");
        Map<String, String> firstPath = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = child("$", name) + "[" + i + "]";
            JObject element = object(elements.get(i), path, article(what));
            if (element == null) {
                continue;
            }
            uniqueId(element, path, what, firstPath);
            T value = reader.read(element, path);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private void uniqueId(JObject element, String path, String what, Map<String, String> firstPath) {
        if (element.members().get("id") instanceof JString s) {
            String first = firstPath.putIfAbsent(s.value(), child(path, "id"));
            if (first != null) {
                problems.error(child(path, "id"), "expected a unique " + what + " id, found \"" + s.value()
                        + "\" again (first used at " + first + ")");
            }
        }
    }

    private Set<String> declaredIds(JObject pack, String section) {
        Set<String> ids = new LinkedHashSet<>();
        if (pack.members().get(section) instanceof JArray array) {
            for (JsonNode element : array.elements()) {
                if (element instanceof JObject o && o.members().get("id") instanceof JString s) {
                    ids.add(s.value());
                }
            }
        }
        return ids;
    }

    private Source source(JObject o, String path) {
        knownFields(o, path, SOURCE_FIELDS);
        String id = id(o, path, "id");
        String name = string(o, path, "name", true);
        String address = string(o, path, "address", true);
        String date = null;
        boolean dateOk = true;
        if (o.members().containsKey("date")) {
            date = date(o, path, "date");
            dateOk = date != null;
        }
        if (id == null || name == null || address == null || !dateOk) {
            return null;
        }
        return new Source(id, name, address, Optional.ofNullable(date));
    }

    private AttributeDefinition attribute(JObject o, String path) {
        return idAndTwoTexts(o, path, ATTRIBUTE_FIELDS, "name", "description", AttributeDefinition::new);
    }

    private Role role(JObject o, String path) {
        Role role = idAndTwoTexts(o, path, ROLE_FIELDS, "name", "description", Role::new);
        List<String> sources = citedSources(o, path, "role");
        return role == null || sources == null ? null
                : new Role(role.id(), role.name(), role.description(), sources);
    }

    private Lesson lesson(JObject o, String path) {
        Lesson lesson = idAndTwoTexts(o, path, LESSON_FIELDS, "title", "text", Lesson::new);
        List<String> sources = citedSources(o, path, "lesson");
        return lesson == null || sources == null ? null
                : new Lesson(lesson.id(), lesson.title(), lesson.text(), sources);
    }

    /**
     * The {@code sources} of an element. A missing field is a warning (every element of a case
     * should say what it rests on); an empty list says on purpose that it rests on no source.
     */
    private List<String> citedSources(JObject o, String path, String what) {
        return citedSources(o, path, "sources", what);
    }

    private List<String> citedSources(JObject o, String path, String field, String what) {
        if (!o.members().containsKey(field)) {
            problems.warning(path, "missing field \"" + field + "\" (expected the ids of the sources this " + what
                    + " rests on, or [] if it rests on none)");
            return List.of();
        }
        List<String> ids = references(o, path, field, sourceIds, "source", 0);
        if (ids != null) {
            citedSources.addAll(ids);
        }
        return ids;
    }

    /** A source that nothing cites is either a forgotten citation or a source the case does not need. */
    private void warnAboutUncitedSources(JObject pack) {
        if (!(pack.members().get("sources") instanceof JArray array)) {
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            if (array.elements().get(i) instanceof JObject o && o.members().get("id") instanceof JString s
                    && !citedSources.contains(s.value())) {
                problems.warning(child(child("$", "sources") + "[" + i + "]", "id"), "expected every source to be "
                        + "cited by an event, role, item, price, lesson or scenario, found \"" + s.value()
                        + "\" cited nowhere");
            }
        }
    }

    /** Makes one of the entries that are an id and two texts (attributes, roles, lessons). */
    @FunctionalInterface
    private interface IdAndTexts<T> {
        T make(String id, LocalizedText first, LocalizedText second);
    }

    /** Reads such an entry, reporting every problem; null when one of the three is missing or wrong. */
    private <T> T idAndTwoTexts(JObject o, String path, Set<String> fields, String first, String second,
                                IdAndTexts<T> entry) {
        knownFields(o, path, fields);
        String id = id(o, path, "id");
        LocalizedText firstText = text(o, path, first);
        LocalizedText secondText = text(o, path, second);
        return id == null || firstText == null || secondText == null ? null : entry.make(id, firstText, secondText);
    }

    private List<TimelineEvent> timeline(JObject pack) {
        List<TimelineEvent> events = new ArrayList<>();
        List<JsonNode> elements = array(pack, "$", "timeline", false, 0, "events");
        String previousDate = null;
        for (int i = 0; i < elements.size(); i++) {
            String path = "$.timeline[" + i + "]";
            JObject o = object(elements.get(i), path, "an event");
            if (o == null) {
                continue;
            }
            knownFields(o, path, EVENT_FIELDS);
            String date = date(o, path, "date");
            if (date == null && !o.members().containsKey("date")) {
                problems.error(path, "missing required field \"date\" (expected a date YYYY, YYYY-MM or YYYY-MM-DD)");
            }
            LocalizedText text = text(o, path, "text");
            List<String> sources = citedSources(o, path, "event");
            // A less precise date ("2018-09") may follow a more precise one in the same period.
            if (date != null && previousDate != null && date.compareTo(previousDate) < 0
                    && !previousDate.startsWith(date)) {
                problems.warning(child(path, "date"), "expected events in date order, found " + date
                        + " after " + previousDate);
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

    private DataItem item(JObject o, String path) {
        knownFields(o, path, ITEM_FIELDS);
        String id = id(o, path, "id");
        Boolean partOfCase = bool(o, path, "partOfCase");
        LocalizedText name = text(o, path, "name");
        LocalizedText card = text(o, path, "card");
        LocalizedText buyerUse = text(o, path, "buyerUse");
        LocalizedText harm = text(o, path, "harm");
        ItemKind kind = itemKind(o, path);
        List<String> sources = citedSources(o, path, "item");
        List<String> buyerUseSources = citedSources(o, path, "buyerUseSources", "item's buyerUse");
        List<String> harmSources = citedSources(o, path, "harmSources", "item's harm");
        List<AttributeScore> scores = scores(o, path);
        Optional<PriceReference> price = Optional.empty();
        boolean priceOk = true;
        if (o.members().containsKey("price")) {
            PriceReference reference = price(o.members().get("price"), child(path, "price"));
            priceOk = reference != null;
            price = Optional.ofNullable(reference);
        }
        if (id == null || partOfCase == null || name == null || card == null || buyerUse == null || harm == null
                || scores == null || !priceOk || kind == null || sources == null || buyerUseSources == null
                || harmSources == null) {
            return null;
        }
        return new DataItem(id, name, card, buyerUse, harm, partOfCase, scores, price, kind, sources,
                buyerUseSources, harmSources);
    }

    private ItemKind itemKind(JObject o, String path) {
        String kind = string(o, path, "kind", true);
        if (kind == null) {
            return null;
        }
        Optional<ItemKind> known = ItemKind.byId(kind);
        if (known.isEmpty()) {
            problems.error(child(path, "kind"), "expected one of " + kindList() + ", found "
                    + JsonNode.describe(o.members().get("kind")));
        }
        return known.orElse(null);
    }

    private static String kindList() {
        return Arrays.stream(ItemKind.values()).map(k -> "\"" + k.id() + "\"").collect(Collectors.joining(", "));
    }

    private List<AttributeScore> scores(JObject item, String itemPath) {
        String path = child(itemPath, "scores");
        JsonNode node = member(item, itemPath, "scores", "an object with a score for each attribute");
        if (node == null) {
            return null;
        }
        JObject o = object(node, path, "an object with a score for each attribute");
        if (o == null) {
            return null;
        }
        boolean ok = true;
        for (String key : o.members().keySet()) {
            if (!attributeIds.contains(key)) {
                problems.error(child(path, key), "expected a score for an attribute of the pack ("
                        + list(attributeIds) + "), found the unknown attribute \"" + key + "\"");
                ok = false;
            }
        }
        List<AttributeScore> scores = new ArrayList<>();
        for (String attribute : attributeOrder) {
            if (!o.members().containsKey(attribute)) {
                problems.error(path, "missing a score for attribute \"" + attribute + "\"");
                ok = false;
                continue;
            }
            String scorePath = child(path, attribute);
            JObject entry = object(o.members().get(attribute), scorePath, "an object with \"score\" and \"reason\"");
            if (entry == null) {
                ok = false;
                continue;
            }
            knownFields(entry, scorePath, SCORE_FIELDS);
            Integer score = integer(entry, scorePath, "score", AttributeScore.MIN, AttributeScore.MAX);
            LocalizedText reason = text(entry, scorePath, "reason");
            if (score == null || reason == null) {
                ok = false;
            } else {
                scores.add(new AttributeScore(attribute, score, reason));
            }
        }
        return ok ? scores : null;
    }

    private PriceReference price(JsonNode node, String path) {
        JObject o = object(node, path, "a price object");
        if (o == null) {
            return null;
        }
        knownFields(o, path, PRICE_FIELDS);
        Double low = positive(o, path, "low");
        Double high = positive(o, path, "high");
        String currency = string(o, path, "currency", true);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problems.error(child(path, "currency"), "expected a three-letter currency code such as USD, found "
                    + JsonNode.describe(o.members().get("currency")));
            currency = null;
        }
        LocalizedText unit = text(o, path, "unit");
        String source = reference(o, path, "source", sourceIds, "source");
        if (source != null) {
            citedSources.add(source);
        }
        Integer year = integer(o, path, "year", 1990, 2100);
        if (low != null && high != null && low > high) {
            problems.error(path, "expected low <= high, found low " + number(low) + " > high " + number(high));
            return null;
        }
        if (low == null || high == null || currency == null || unit == null || source == null || year == null) {
            return null;
        }
        return new PriceReference(low, high, currency, unit, source, year);
    }

    private Perspective perspective(JObject o, String path) {
        knownFields(o, path, PERSPECTIVE_FIELDS);
        String id = id(o, path, "id");
        LocalizedText name = text(o, path, "name");
        LocalizedText description = text(o, path, "description");
        Map<String, Double> weights = weights(o, path);
        RankingLabels labels = labels(o, path);
        Set<ItemKind> kinds = o.members().containsKey("itemKinds") ? itemKinds(o, path) : EnumSet.allOf(ItemKind.class);
        return id == null || name == null || description == null || weights == null || labels == null
                || kinds == null ? null : new Perspective(id, name, description, weights, labels, kinds);
    }

    private RankingLabels labels(JObject perspective, String perspectivePath) {
        JsonNode node = member(perspective, perspectivePath, "labels",
                "an object with the texts \"measure\", \"order\", \"top\" and \"bottom\"");
        if (node == null) {
            return null;
        }
        String path = child(perspectivePath, "labels");
        JObject o = object(node, path, "an object with the texts \"measure\", \"order\", \"top\" and \"bottom\"");
        if (o == null) {
            return null;
        }
        knownFields(o, path, LABEL_FIELDS);
        LocalizedText measure = text(o, path, "measure");
        LocalizedText order = text(o, path, "order");
        LocalizedText top = text(o, path, "top");
        LocalizedText bottom = text(o, path, "bottom");
        return measure == null || order == null || top == null || bottom == null ? null
                : new RankingLabels(measure, order, top, bottom);
    }

    private Set<ItemKind> itemKinds(JObject perspective, String perspectivePath) {
        String path = child(perspectivePath, "itemKinds");
        JsonNode node = member(perspective, perspectivePath, "itemKinds", "an array of item kinds");
        if (node == null) {
            return null;
        }
        if (!(node instanceof JArray array) || array.elements().isEmpty()) {
            problems.error(path, "expected a non-empty array of item kinds (" + kindList() + "), found "
                    + JsonNode.describe(node));
            return null;
        }
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        boolean ok = true;
        for (int i = 0; i < array.elements().size(); i++) {
            JsonNode element = array.elements().get(i);
            Optional<ItemKind> kind = element instanceof JString s ? ItemKind.byId(s.value()) : Optional.empty();
            if (kind.isEmpty()) {
                problems.error(path + "[" + i + "]", "expected one of " + kindList() + ", found "
                        + JsonNode.describe(element));
                ok = false;
            } else if (!kinds.add(kind.get())) {
                problems.error(path + "[" + i + "]", "expected each item kind once, found \"" + kind.get().id()
                        + "\" again");
                ok = false;
            }
        }
        return ok ? kinds : null;
    }

    private Map<String, Double> weights(JObject perspective, String perspectivePath) {
        String path = child(perspectivePath, "weights");
        JsonNode node = member(perspective, perspectivePath, "weights", "an object of attribute weights");
        if (node == null) {
            return null;
        }
        JObject o = object(node, path, "an object of attribute weights");
        if (o == null) {
            return null;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean ok = true;
        boolean anyPositive = false;
        for (Map.Entry<String, JsonNode> entry : o.members().entrySet()) {
            String weightPath = child(path, entry.getKey());
            if (!attributeIds.contains(entry.getKey())) {
                problems.error(weightPath, "expected a weight for an attribute of the pack (" + list(attributeIds)
                        + "), found the unknown attribute \"" + entry.getKey() + "\"");
                ok = false;
                continue;
            }
            Double weight = finiteNumber(entry.getValue(), weightPath, "a weight");
            if (weight == null) {
                ok = false;
            } else if (weight < 0) {
                problems.error(weightPath, "expected a weight of 0 or more, found " + JsonNode.describe(entry.getValue()));
                ok = false;
            } else {
                anyPositive |= weight > 0;
                weights.put(entry.getKey(), weight);
            }
        }
        if (ok && !anyPositive) {
            problems.error(path, "expected at least one weight above 0, found "
                    + (o.members().isEmpty() ? "no weights" : "only zero weights"));
            ok = false;
        }
        return ok ? weights : null;
    }

    // ---- scenarios --------------------------------------------------------------------------

    private Scenario scenario(JObject o, String path) {
        String type = string(o, path, "type", true);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "ranking":
                return ranking(o, path);
            case "estimate":
                return estimate(o, path);
            case "choice":
                return choice(o, path);
            case "decision":
                return decision(o, path);
            default:
                problems.error(child(path, "type"), "expected one of " + String.join(", ", SCENARIO_TYPES)
                        + ", found " + JsonNode.describe(o.members().get("type")));
                return null;
        }
    }

    private RankingScenario ranking(JObject o, String path) {
        knownFields(o, path, RANKING_FIELDS);
        String id = id(o, path, "id");
        LocalizedText title = text(o, path, "title");
        LocalizedText prompt = text(o, path, "prompt");
        String perspective = reference(o, path, "perspective", perspectiveIds, "perspective");
        List<String> ranked = references(o, path, "items", itemIds, "item", RankingScenario.MIN_ITEMS);
        if (ranked != null) {
            String itemsPath = child(path, "items");
            if (ranked.size() > MAX_RANKING_ITEMS) {
                problems.error(itemsPath, "expected at most " + MAX_RANKING_ITEMS + " items, found " + ranked.size());
                ranked = null;
            } else if (ranked.size() > RankingScenario.MAX_ITEMS_ON_SCREEN) {
                problems.warning(itemsPath, "expected at most " + RankingScenario.MAX_ITEMS_ON_SCREEN
                        + " items so the cards fit on a 1280x720 screen, found " + ranked.size());
            }
        }
        if (ranked != null && perspective != null && !kindsFit(path, perspective, ranked)) {
            ranked = null;
        }
        if (ranked != null && perspective != null) {
            warnAboutTies(path, perspective, ranked);
        }
        List<String> sources = citedSources(o, path, "scenario");
        return id == null || title == null || prompt == null || perspective == null || ranked == null
                || sources == null ? null : new RankingScenario(id, title, prompt, perspective, ranked, sources);
    }

    /** A perspective that values harm to a person cannot rank a service or sales figures as harm to them. */
    private boolean kindsFit(String path, String perspectiveId, List<String> ranked) {
        Perspective perspective = perspectives.get(perspectiveId);
        if (perspective == null) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < ranked.size(); i++) {
            DataItem item = items.get(ranked.get(i));
            if (item != null && !perspective.values(item.kind())) {
                problems.error(child(path, "items") + "[" + i + "]", "expected items of the kinds perspective \""
                        + perspectiveId + "\" values (" + perspective.itemKinds().stream()
                        .map(k -> "\"" + k.id() + "\"").collect(Collectors.joining(", ")) + "), found \""
                        + item.id() + "\" of kind \"" + item.kind().id() + "\"");
                ok = false;
            }
        }
        return ok;
    }

    /** Items of equal value may go either way; worth knowing for an author, not an error. */
    private void warnAboutTies(String path, String perspectiveId, List<String> ranked) {
        Perspective perspective = perspectives.get(perspectiveId);
        if (perspective == null || !ranked.stream().allMatch(items::containsKey)) {
            return;
        }
        Map<String, Double> values = new HashMap<>();
        for (String itemId : ranked) {
            double value = 0;
            for (AttributeScore score : items.get(itemId).scores()) {
                value += score.score() * perspective.weight(score.attributeId());
            }
            values.put(itemId, value);
        }
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                double a = values.get(ranked.get(i));
                double b = values.get(ranked.get(j));
                if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    problems.warning(child(path, "items"), "expected items of different value for perspective \""
                            + perspectiveId + "\", found \"" + ranked.get(i) + "\" and \"" + ranked.get(j)
                            + "\" both worth " + number(a) + " (either order will count as right)");
                }
            }
        }
    }

    private EstimateScenario estimate(JObject o, String path) {
        knownFields(o, path, ESTIMATE_FIELDS);
        String id = id(o, path, "id");
        LocalizedText title = text(o, path, "title");
        LocalizedText prompt = text(o, path, "prompt");
        Double low = positive(o, path, "low");
        Double high = positive(o, path, "high");
        if (o.members().containsKey("currency")) {
            String currency = string(o, path, "currency", true);
            if (currency != null && !currency.equals(EstimateScenario.CURRENCY)) {
                problems.error(child(path, "currency"), "expected \"" + EstimateScenario.CURRENCY
                        + "\" (estimates are in US dollars), found " + JsonNode.describe(o.members().get("currency")));
            }
        }
        List<String> sources = references(o, path, "sources", sourceIds, "source", 1);
        if (sources != null) {
            citedSources.addAll(sources);
        }
        LocalizedText explanation = text(o, path, "explanation");
        List<String> priced = o.members().containsKey("items")
                ? references(o, path, "items", itemIds, "item", 0) : List.of();
        if (low != null && high != null && low > high) {
            problems.error(path, "expected low <= high, found low " + number(low) + " > high " + number(high));
            return null;
        }
        return id == null || title == null || prompt == null || low == null || high == null || sources == null
                || explanation == null || priced == null ? null
                : new EstimateScenario(id, title, prompt, low, high, sources, explanation, priced);
    }

    private ChoiceScenario choice(JObject o, String path) {
        knownFields(o, path, CHOICE_FIELDS);
        String id = id(o, path, "id");
        LocalizedText title = text(o, path, "title");
        LocalizedText prompt = text(o, path, "prompt");
        Boolean multiple = o.members().containsKey("multiple") ? bool(o, path, "multiple") : Boolean.FALSE;
        List<JsonNode> elements = array(o, path, "options", true, 2, "options");
        String optionsPath = child(path, "options");
        boolean ok = elements.size() >= 2;
        if (elements.size() > MAX_CHOICE_OPTIONS) {
            problems.error(optionsPath, "expected at most " + MAX_CHOICE_OPTIONS + " options, found " + elements.size());
            return null;
        }
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String optionPath = optionsPath + "[" + i + "]";
            JObject option = object(elements.get(i), optionPath, "an option");
            if (option == null) {
                ok = false;
                continue;
            }
            knownFields(option, optionPath, OPTION_FIELDS);
            uniqueId(option, optionPath, "option", firstPath);
            String optionId = id(option, optionPath, "id");
            LocalizedText text = text(option, optionPath, "text");
            Double credit = number(option, optionPath, "credit");
            if (credit != null && Boolean.FALSE.equals(multiple) && (credit < 0 || credit > 1)) {
                problems.error(child(optionPath, "credit"), "expected a credit from 0 to 1 in a single-answer "
                        + "question, found " + JsonNode.describe(option.members().get("credit")));
                credit = null;
            } else if (credit != null && (credit < -1 || credit > 1)) {
                problems.error(child(optionPath, "credit"), "expected a credit from -1 to 1, found "
                        + JsonNode.describe(option.members().get("credit")));
                credit = null;
            }
            LocalizedText feedback = text(option, optionPath, "feedback");
            if (optionId == null || text == null || credit == null || feedback == null) {
                ok = false;
            } else {
                options.add(new ChoiceOption(optionId, text, credit, feedback));
            }
        }
        if (ok && multiple != null) {
            double best = options.stream().mapToDouble(ChoiceOption::credit).max().orElse(0);
            if (!multiple && best != 1) {
                problems.error(optionsPath, "expected one option with credit 1 so the best answer earns full marks, "
                        + "found the highest credit " + number(best));
                ok = false;
            } else if (multiple && best <= 0) {
                problems.error(optionsPath, "expected at least one option with a credit above 0, found none");
                ok = false;
            }
        }
        List<String> sources = citedSources(o, path, "scenario");
        return id == null || title == null || prompt == null || multiple == null || !ok || sources == null ? null
                : new ChoiceScenario(id, title, prompt, multiple, options, sources);
    }

    private DecisionScenario decision(JObject o, String path) {
        knownFields(o, path, DECISION_FIELDS);
        int errorsBefore = problems.errorCount();
        String id = id(o, path, "id");
        LocalizedText title = text(o, path, "title");
        LocalizedText prompt = text(o, path, "prompt");
        String start = id(o, path, "start");
        List<String> sources = citedSources(o, path, "scenario");
        List<JsonNode> nodeElements = array(o, path, "nodes", true, 1, "nodes");
        List<JsonNode> endElements = array(o, path, "ends", true, 1, "endings");
        if (nodeElements.size() + endElements.size() > MAX_STORY_STEPS) {
            problems.error(path, "expected at most " + MAX_STORY_STEPS + " nodes and endings together, found "
                    + (nodeElements.size() + endElements.size()));
            return null;
        }
        // Node and ending ids share one namespace: an option's "next" may name either.
        Map<String, String> stepPaths = new HashMap<>();
        Set<String> nodeIds = new LinkedHashSet<>();
        Set<String> endIds = new LinkedHashSet<>();
        for (int i = 0; i < nodeElements.size(); i++) {
            if (nodeElements.get(i) instanceof JObject n && n.members().get("id") instanceof JString s) {
                nodeIds.add(s.value());
            }
        }
        for (int i = 0; i < endElements.size(); i++) {
            if (endElements.get(i) instanceof JObject n && n.members().get("id") instanceof JString s) {
                endIds.add(s.value());
            }
        }
        Set<String> targets = new LinkedHashSet<>(nodeIds);
        targets.addAll(endIds);

        List<DecisionNode> nodes = new ArrayList<>();
        Map<String, String> optionPaths = new HashMap<>();
        Map<String, String> nodePath = new HashMap<>();
        for (int i = 0; i < nodeElements.size(); i++) {
            String p = child(path, "nodes") + "[" + i + "]";
            JObject n = object(nodeElements.get(i), p, "a node");
            if (n == null) {
                continue;
            }
            knownFields(n, p, NODE_FIELDS);
            uniqueId(n, p, "node or ending", stepPaths);
            String nodeId = id(n, p, "id");
            LocalizedText text = text(n, p, "text");
            List<DecisionOption> options = new ArrayList<>();
            List<JsonNode> optionElements = array(n, p, "options", true, 1, "options");
            boolean ok = !optionElements.isEmpty();
            for (int k = 0; k < optionElements.size(); k++) {
                String op = child(p, "options") + "[" + k + "]";
                JObject option = object(optionElements.get(k), op, "an option");
                if (option == null) {
                    ok = false;
                    continue;
                }
                knownFields(option, op, STEP_FIELDS);
                uniqueId(option, op, "option", optionPaths);
                String optionId = id(option, op, "id");
                LocalizedText optionText = text(option, op, "text");
                LocalizedText consequence = text(option, op, "consequence");
                String next = reference(option, op, "next", targets, "node or ending");
                if (optionId == null || optionText == null || consequence == null || next == null) {
                    ok = false;
                } else {
                    options.add(new DecisionOption(optionId, optionText, consequence, next));
                }
            }
            if (nodeId != null && text != null && ok) {
                nodes.add(new DecisionNode(nodeId, text, options));
                nodePath.put(nodeId, p);
            }
        }
        List<EndState> ends = new ArrayList<>();
        for (int i = 0; i < endElements.size(); i++) {
            String p = child(path, "ends") + "[" + i + "]";
            JObject e = object(endElements.get(i), p, "an ending");
            if (e == null) {
                continue;
            }
            knownFields(e, p, END_FIELDS);
            uniqueId(e, p, "node or ending", stepPaths);
            String endId = id(e, p, "id");
            LocalizedText endTitle = text(e, p, "title");
            LocalizedText text = text(e, p, "text");
            Integer score = integer(e, p, "score", 0, 100);
            String lesson = reference(e, p, "lesson", lessonIds, "lesson");
            if (endId != null && endTitle != null && text != null && score != null && lesson != null) {
                ends.add(new EndState(endId, endTitle, text, score, lesson));
            }
        }
        if (start != null && !nodeIds.contains(start)) {
            problems.error(child(path, "start"), "expected the id of a node (" + list(nodeIds) + "), found \""
                    + start + "\"" + (endIds.contains(start) ? ", which is an ending" : ""));
        }
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        if (!checkStoryGraph(path, start, nodes, ends, nodePath)) {
            return null;
        }
        return new DecisionScenario(id, title, prompt, start, nodes, ends, sources);
    }

    /** Every node reachable, no loops, every ending reachable, one ending worth full marks. */
    private boolean checkStoryGraph(String path, String start, List<DecisionNode> nodes, List<EndState> ends,
                                    Map<String, String> nodePath) {
        Map<String, DecisionNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        boolean ok = true;

        // Iterative depth-first search with colours: a grey node met again closes a loop.
        Map<String, Integer> colour = new HashMap<>();
        Deque<String[]> stack = new ArrayDeque<>();
        Set<String> reached = new HashSet<>();
        stack.push(new String[] {start, "enter"});
        while (!stack.isEmpty()) {
            String[] frame = stack.pop();
            String at = frame[0];
            if (frame[1].equals("exit")) {
                colour.put(at, 2);
                continue;
            }
            reached.add(at);
            DecisionNode node = byId.get(at);
            if (node == null || colour.getOrDefault(at, 0) == 2) {
                continue;
            }
            colour.put(at, 1);
            stack.push(new String[] {at, "exit"});
            for (DecisionOption option : node.options()) {
                int c = colour.getOrDefault(option.next(), 0);
                if (c == 1) {
                    if (ok) {
                        problems.error(nodePath.get(at), "expected a story without loops, found option \""
                                + option.id() + "\" leading back to \"" + option.next() + "\"");
                    }
                    ok = false;
                } else if (c == 0) {
                    stack.push(new String[] {option.next(), "enter"});
                }
            }
        }
        for (DecisionNode node : nodes) {
            if (!reached.contains(node.id())) {
                problems.error(nodePath.get(node.id()), "expected every node to be reachable from the start \""
                        + start + "\", found node \"" + node.id() + "\" that no option leads to");
                ok = false;
            }
        }
        for (int i = 0; i < ends.size(); i++) {
            if (!reached.contains(ends.get(i).id())) {
                problems.error(child(path, "ends") + "[" + i + "]", "expected every ending to be reachable, found \""
                        + ends.get(i).id() + "\" that no option leads to");
                ok = false;
            }
        }
        int best = ends.stream().mapToInt(EndState::score).max().orElse(0);
        if (best != 100) {
            problems.error(child(path, "ends"), "expected at least one ending with score 100, found the best "
                    + "ending worth " + best);
            ok = false;
        }
        return ok;
    }

    // ---- lesson plans -----------------------------------------------------------------------

    private LessonPlan lessonPlan(JObject o, String path) {
        knownFields(o, path, PLAN_FIELDS);
        String id = id(o, path, "id");
        LocalizedText title = text(o, path, "title");
        LocalizedText description = text(o, path, "description");
        Integer minutes = integer(o, path, "minutes", 1, MAX_PLAN_MINUTES);
        List<String> chosen = references(o, path, "scenarios", new LinkedHashSet<>(scenarioOrder), "scenario", 1);
        if (chosen != null) {
            // The case is written so that no scenario gives away a later one's answer; a plan may
            // leave scenarios out, never change their order.
            int previous = -1;
            for (int i = 0; i < chosen.size(); i++) {
                int at = scenarioOrder.indexOf(chosen.get(i));
                if (at < previous) {
                    problems.error(child(path, "scenarios") + "[" + i + "]", "expected the scenarios in the order "
                            + "the case plays them, found \"" + chosen.get(i) + "\" after \"" + chosen.get(i - 1)
                            + "\"");
                    chosen = null;
                    break;
                }
                previous = at;
            }
        }
        return id == null || title == null || description == null || minutes == null || chosen == null ? null
                : new LessonPlan(id, title, description, minutes, chosen);
    }

    // ---- values -----------------------------------------------------------------------------

    private JObject object(JsonNode node, String path, String what) {
        if (node instanceof JObject o) {
            return o;
        }
        problems.error(path, "expected " + what + " (a JSON object), found " + JsonNode.describe(node));
        return null;
    }

    private void knownFields(JObject o, String path, Set<String> known) {
        for (String name : o.members().keySet()) {
            if (!known.contains(name)) {
                problems.warning(child(path, name), "unknown field \"" + name + "\" is ignored (expected one of: "
                        + list(new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    /** A required member, or {@code null} after reporting it missing or null. */
    private JsonNode member(JObject o, String path, String name, String expected) {
        JsonNode node = o.members().get(name);
        if (node == null) {
            problems.error(path, "missing required field \"" + name + "\" (expected " + expected + ")");
            return null;
        }
        if (node instanceof JNull) {
            problems.error(child(path, name), "expected " + expected + ", found null");
            return null;
        }
        return node;
    }

    private String string(JObject o, String path, String name, boolean required) {
        JsonNode node = required ? member(o, path, name, "a string") : o.members().get(name);
        if (node == null) {
            return null;
        }
        if (node instanceof JString s && !s.value().isBlank()) {
            return s.value();
        }
        problems.error(child(path, name), "expected a non-empty string, found " + JsonNode.describe(node));
        return null;
    }

    private String id(JObject o, String path, String name) {
        String id = string(o, path, name, true);
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            problems.error(child(path, name), "expected an id of at most " + MAX_ID_LENGTH + " lower-case letters, "
                    + "digits and single hyphens (such as \"sales-stats\"), found " + JsonNode.describe(o.members().get(name)));
            return null;
        }
        return id;
    }

    private String reference(JObject o, String path, String name, Set<String> targets, String kind) {
        String id = string(o, path, name, true);
        if (id != null && !targets.contains(id)) {
            problems.error(child(path, name), "expected the id of " + article(kind) + " (" + list(targets)
                    + "), found the unknown id \"" + id + "\"");
            return null;
        }
        return id;
    }

    private List<String> references(JObject o, String path, String name, Set<String> targets, String kind, int min) {
        JsonNode node = member(o, path, name, "an array of " + kind + " ids");
        if (node == null) {
            return null;
        }
        if (!(node instanceof JArray array)) {
            problems.error(child(path, name), "expected an array of " + kind + " ids, found " + JsonNode.describe(node));
            return null;
        }
        String arrayPath = child(path, name);
        if (array.elements().size() < min) {
            problems.error(arrayPath, "expected at least " + min + " " + kind + (min == 1 ? "" : "s") + ", found "
                    + array.elements().size());
            return null;
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < array.elements().size(); i++) {
            JsonNode element = array.elements().get(i);
            String elementPath = arrayPath + "[" + i + "]";
            if (!(element instanceof JString s) || s.value().isBlank()) {
                problems.error(elementPath, "expected the id of " + article(kind) + ", found " + JsonNode.describe(element));
                ok = false;
            } else if (!targets.contains(s.value())) {
                problems.error(elementPath, "expected the id of " + article(kind) + " (" + list(targets)
                        + "), found the unknown id \"" + s.value() + "\"");
                ok = false;
            } else if (!seen.add(s.value())) {
                problems.error(elementPath, "expected each " + kind + " once, found \"" + s.value() + "\" again");
                ok = false;
            } else {
                ids.add(s.value());
            }
        }
        return ok ? ids : null;
    }

    private LocalizedText text(JObject o, String path, String name) {
        JsonNode node = member(o, path, name, "a text object with \"en\" and \"de\"");
        if (node == null) {
            return null;
        }
        String textPath = child(path, name);
        if (!(node instanceof JObject texts)) {
            problems.error(textPath, "expected a text object with \"en\" and \"de\", found " + JsonNode.describe(node));
            return null;
        }
        boolean ok = true;
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : LocalizedText.REQUIRED_LANGUAGES) {
            if (!texts.members().containsKey(language)) {
                problems.error(textPath, "missing language \"" + language + "\" (expected text in "
                        + String.join(" and ", LocalizedText.REQUIRED_LANGUAGES) + ")");
                ok = false;
            }
        }
        for (Map.Entry<String, JsonNode> entry : texts.members().entrySet()) {
            String languagePath = child(textPath, entry.getKey());
            if (!LANGUAGE_CODE.matcher(entry.getKey()).matches()) {
                problems.warning(languagePath, "expected a two-letter language code such as \"en\", found \""
                        + entry.getKey() + "\" (ignored)");
                continue;
            }
            if (entry.getValue() instanceof JString s && !s.value().isBlank()) {
                values.put(entry.getKey(), s.value());
            } else {
                problems.error(languagePath, "expected non-empty text, found " + JsonNode.describe(entry.getValue()));
                ok = false;
            }
        }
        return ok && !values.isEmpty() ? new LocalizedText(values) : null;
    }

    private Boolean bool(JObject o, String path, String name) {
        JsonNode node = member(o, path, name, "true or false");
        if (node == null) {
            return null;
        }
        if (node instanceof JBoolean b) {
            return b.value();
        }
        problems.error(child(path, name), "expected true or false, found " + JsonNode.describe(node));
        return null;
    }

    private Double number(JObject o, String path, String name) {
        JsonNode node = member(o, path, name, "a number");
        return node == null ? null : finiteNumber(node, child(path, name), "a number");
    }

    private Double finiteNumber(JsonNode node, String path, String what) {
        if (!(node instanceof JNumber n)) {
            problems.error(path, "expected " + what + ", found " + JsonNode.describe(node));
            return null;
        }
        if (!Double.isFinite(n.value()) || Math.abs(n.value()) > 1e12) {
            problems.error(path, "expected " + what + " of at most 1e12 in size, found " + JsonNode.describe(node));
            return null;
        }
        return n.value();
    }

    private Double positive(JObject o, String path, String name) {
        Double value = number(o, path, name);
        if (value != null && !(value > 0)) {
            problems.error(child(path, name), "expected a number above 0, found " + JsonNode.describe(o.members().get(name)));
            return null;
        }
        return value;
    }

    private Integer integer(JObject o, String path, String name, int min, int max) {
        JsonNode node = member(o, path, name, "a whole number");
        if (node == null) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        if (!(node instanceof JNumber n) || n.value() != Math.rint(n.value()) || n.value() < min || n.value() > max) {
            problems.error(child(path, name), "expected a whole number " + range + ", found " + JsonNode.describe(node));
            return null;
        }
        return (int) n.value();
    }

    private String date(JObject o, String path, String name) {
        String text = string(o, path, name, false);
        if (text == null) {
            return null;
        }
        var m = DATE.matcher(text);
        boolean ok = m.matches();
        if (ok) {
            try {
                int year = Integer.parseInt(m.group(1));
                int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                ok = false;
            }
        }
        if (!ok) {
            problems.error(child(path, name), "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found "
                    + JsonNode.describe(o.members().get(name)));
            return null;
        }
        return text;
    }

    private List<JsonNode> array(JObject o, String path, String name, boolean required, int min, String what) {
        JsonNode node = o.members().get(name);
        if (node == null && !required) {
            return List.of();
        }
        node = member(o, path, name, "an array of " + what);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof JArray array)) {
            problems.error(child(path, name), "expected an array of " + what + ", found " + JsonNode.describe(node));
            return List.of();
        }
        if (array.elements().size() < min) {
            problems.error(child(path, name), array.elements().isEmpty()
                    ? "expected a non-empty array of " + what + ", found an empty array"
                    : "expected at least " + min + " " + what + ", found " + array.elements().size());
        }
        return array.elements();
    }

    // ---- formatting -------------------------------------------------------------------------

    /** {@code $.a.b} for plain names, {@code $.a['odd name']} otherwise. */
    static String child(String path, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String list(Set<String> ids) {
        if (ids.isEmpty()) {
            return "none declared";
        }
        String shown = ids.stream().limit(12).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return ids.size() > 12 ? shown + ", ..." : shown;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
