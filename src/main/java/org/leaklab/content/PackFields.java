package org.leaklab.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.leaklab.content.JsonNode.JArray;
import org.leaklab.content.JsonNode.JBoolean;
import org.leaklab.content.JsonNode.JNull;
import org.leaklab.content.JsonNode.JNumber;
import org.leaklab.content.JsonNode.JObject;
import org.leaklab.content.JsonNode.JString;
import org.leaklab.model.LocalizedText;

/**
 * Strict access to the fields of a parsed case pack: each getter reports what is missing or wrong,
 * with the JSON path, to the {@link ProblemCollector} and returns {@code null} (or an empty list),
 * so a reader can go on and report every problem of a pack in one run.
 */
final class PackFields {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 64;
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final ProblemCollector problems;

    PackFields(ProblemCollector problems) {
        this.problems = problems;
    }

    /** Where the problems go, for the checks a section reader makes itself. */
    ProblemCollector problems() {
        return problems;
    }

    JObject object(JsonNode node, String path, Phrase what) {
        if (node instanceof JObject o) {
            return o;
        }
        problems.error(path, "content.object", what, JsonNode.describe(node));
        return null;
    }

    void knownFields(JObject o, String path, Set<String> known) {
        for (String name : o.members().keySet()) {
            if (!known.contains(name)) {
                problems.warning(child(path, name), "content.unknownField", name, list(new TreeSet<>(known)));
            }
        }
    }

    /** A required member, or {@code null} after reporting it missing or null. */
    JsonNode member(JObject o, String path, String name, Phrase expected) {
        JsonNode node = o.members().get(name);
        if (node == null) {
            problems.error(path, "content.missingField", name, expected);
            return null;
        }
        if (node instanceof JNull) {
            problems.error(child(path, name), "content.expected", expected, "null");
            return null;
        }
        return node;
    }

    String string(JObject o, String path, String name, boolean required) {
        JsonNode node = required ? member(o, path, name, Phrase.of("content.what.string")) : o.members().get(name);
        if (node == null) {
            return null;
        }
        if (node instanceof JString s && !s.value().isBlank()) {
            return s.value();
        }
        problems.error(child(path, name), "content.nonEmptyString", JsonNode.describe(node));
        return null;
    }

    String id(JObject o, String path, String name) {
        String id = string(o, path, name, true);
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            problems.error(child(path, name), "content.id", String.valueOf(MAX_ID_LENGTH),
                    JsonNode.describe(o.members().get(name)));
            return null;
        }
        return id;
    }

    String reference(JObject o, String path, String name, Set<String> targets, Noun kind) {
        String id = string(o, path, name, true);
        if (id != null && !targets.contains(id)) {
            problems.error(child(path, name), "content.unknownId", kind.theIdOf(), list(targets), id);
            return null;
        }
        return id;
    }

    List<String> references(JObject o, String path, String name, Set<String> targets, Noun kind, int min) {
        Phrase expected = arrayOf(kind.ids());
        JsonNode node = member(o, path, name, expected);
        if (node == null) {
            return null;
        }
        if (!(node instanceof JArray array)) {
            problems.error(child(path, name), "content.expected", expected, JsonNode.describe(node));
            return null;
        }
        String arrayPath = child(path, name);
        if (array.elements().size() < min) {
            problems.error(arrayPath, "content.atLeast", String.valueOf(min), min == 1 ? kind.one() : kind.many(),
                    String.valueOf(array.elements().size()));
            return null;
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < array.elements().size(); i++) {
            JsonNode element = array.elements().get(i);
            String elementPath = arrayPath + "[" + i + "]";
            if (!(element instanceof JString s) || s.value().isBlank()) {
                problems.error(elementPath, "content.expected", kind.theIdOf(), JsonNode.describe(element));
                ok = false;
            } else if (!targets.contains(s.value())) {
                problems.error(elementPath, "content.unknownId", kind.theIdOf(), list(targets), s.value());
                ok = false;
            } else if (!seen.add(s.value())) {
                problems.error(elementPath, "content.once", kind.one(), s.value());
                ok = false;
            } else {
                ids.add(s.value());
            }
        }
        return ok ? ids : null;
    }

    LocalizedText text(JObject o, String path, String name) {
        Phrase expected = Phrase.of("content.what.text");
        JsonNode node = member(o, path, name, expected);
        if (node == null) {
            return null;
        }
        String textPath = child(path, name);
        if (!(node instanceof JObject texts)) {
            problems.error(textPath, "content.expected", expected, JsonNode.describe(node));
            return null;
        }
        boolean ok = true;
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : LocalizedText.REQUIRED_LANGUAGES) {
            if (!texts.members().containsKey(language)) {
                problems.error(textPath, "content.missingLanguage", language, languages());
                ok = false;
            }
        }
        for (Map.Entry<String, JsonNode> entry : texts.members().entrySet()) {
            String languagePath = child(textPath, entry.getKey());
            if (!LANGUAGE_CODE.matcher(entry.getKey()).matches()) {
                problems.warning(languagePath, "content.languageCode", entry.getKey());
                continue;
            }
            if (entry.getValue() instanceof JString s && !s.value().isBlank()) {
                values.put(entry.getKey(), s.value());
            } else {
                problems.error(languagePath, "content.nonEmptyText", JsonNode.describe(entry.getValue()));
                ok = false;
            }
        }
        return ok && !values.isEmpty() ? new LocalizedText(values) : null;
    }

    Boolean bool(JObject o, String path, String name) {
        Phrase expected = Phrase.of("content.what.bool");
        JsonNode node = member(o, path, name, expected);
        if (node == null) {
            return null;
        }
        if (node instanceof JBoolean b) {
            return b.value();
        }
        problems.error(child(path, name), "content.expected", expected, JsonNode.describe(node));
        return null;
    }

    Double number(JObject o, String path, String name) {
        Phrase expected = Phrase.of("content.what.number");
        JsonNode node = member(o, path, name, expected);
        return node == null ? null : finiteNumber(node, child(path, name), expected);
    }

    Double finiteNumber(JsonNode node, String path, Phrase what) {
        if (!(node instanceof JNumber n)) {
            problems.error(path, "content.expected", what, JsonNode.describe(node));
            return null;
        }
        if (!Double.isFinite(n.value()) || Math.abs(n.value()) > 1e12) {
            problems.error(path, "content.tooLarge", what, JsonNode.describe(node));
            return null;
        }
        return n.value();
    }

    Double positive(JObject o, String path, String name) {
        Double value = number(o, path, name);
        if (value != null && !(value > 0)) {
            problems.error(child(path, name), "content.positive", JsonNode.describe(o.members().get(name)));
            return null;
        }
        return value;
    }

    Integer integer(JObject o, String path, String name, int min, int max) {
        JsonNode node = member(o, path, name, Phrase.of("content.what.wholeNumber"));
        if (node == null) {
            return null;
        }
        if (!(node instanceof JNumber n) || n.value() != Math.rint(n.value()) || n.value() < min || n.value() > max) {
            problems.error(child(path, name), max == Integer.MAX_VALUE ? "content.wholeNumber.atLeast"
                    : "content.wholeNumber.between", String.valueOf(min), String.valueOf(max), JsonNode.describe(node));
            return null;
        }
        return (int) n.value();
    }

    String date(JObject o, String path, String name) {
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
            problems.error(child(path, name), "content.date", JsonNode.describe(o.members().get(name)));
            return null;
        }
        return text;
    }

    /** The array in field {@code name}, of {@code what} (a plural, such as {@link Noun#many()}). */
    List<JsonNode> array(JObject o, String path, String name, boolean required, int min, Phrase what) {
        JsonNode node = o.members().get(name);
        if (node == null && !required) {
            return List.of();
        }
        Phrase expected = arrayOf(what);
        node = member(o, path, name, expected);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof JArray array)) {
            problems.error(child(path, name), "content.expected", expected, JsonNode.describe(node));
            return List.of();
        }
        if (array.elements().isEmpty() && min > 0) {
            problems.error(child(path, name), "content.nonEmptyArray", what);
        } else if (array.elements().size() < min) {
            problems.error(child(path, name), "content.atLeast", String.valueOf(min), what,
                    String.valueOf(array.elements().size()));
        }
        return array.elements();
    }

    /** Reports an element's {@code id} already used by an earlier one, recorded in {@code firstPath}. */
    void uniqueId(JObject element, String path, Noun what, Map<String, String> firstPath) {
        if (element.members().get("id") instanceof JString s) {
            String first = firstPath.putIfAbsent(s.value(), child(path, "id"));
            if (first != null) {
                problems.error(child(path, "id"), "content.uniqueId", what.one(), s.value(), first);
            }
        }
    }
    /**
     * An element of a list inside a section (a node, an option, an ending): {@code what} as a JSON
     * object, its unknown fields warned about and its id checked against the ids in {@code firstPath};
     * null after reporting it is no object.
     */
    JObject element(JsonNode node, String path, Phrase what, Set<String> known, Noun idKind,
                    Map<String, String> firstPath) {
        JObject o = object(node, path, what);
        if (o != null) {
            knownFields(o, path, known);
            uniqueId(o, path, idKind, firstPath);
        }
        return o;
    }

    /**
     * Reads each of {@code elements} (the array at {@code arrayPath}) with {@link #element} and then
     * {@code read}, adding what {@code read} returns to {@code into}; true if every element was an
     * object that {@code read} could make something of.
     */
    <T> boolean elements(List<JsonNode> elements, String arrayPath, Phrase what, Set<String> known, Noun idKind,
                         Map<String, String> firstPath, BiFunction<JObject, String, T> read, List<T> into) {
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            String path = arrayPath + "[" + i + "]";
            JObject o = element(elements.get(i), path, what, known, idKind, firstPath);
            T value = o == null ? null : read.apply(o, path);
            if (value == null) {
                ok = false;
            } else {
                into.add(value);
            }
        }
        return ok;
    }

    /** The required object in field {@code name}, {@code what} it should be, or null after reporting. */
    JObject objectField(JObject o, String path, String name, Phrase what) {
        JsonNode node = member(o, path, name, what);
        return node == null ? null : object(node, child(path, name), what);
    }

    /** The string {@code id}s of those of {@code elements} that are objects, in order. */
    static Set<String> idsOf(List<JsonNode> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode element : elements) {
            if (element instanceof JObject o && o.members().get("id") instanceof JString s) {
                ids.add(s.value());
            }
        }
        return ids;
    }

    // ---- formatting -------------------------------------------------------------------------

    /** {@code $.a.b} for plain names, {@code $.a['odd name']} otherwise. */
    static String child(String path, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** "an array of {@code what}". */
    static Phrase arrayOf(Phrase what) {
        return Phrase.of("content.what.arrayOf", what);
    }

    /** The languages every text needs, "en and de". */
    private static Object languages() {
        List<String> required = LocalizedText.REQUIRED_LANGUAGES;
        return required.size() == 2 ? Phrase.of("content.languages", required.get(0), required.get(1))
                : String.join(", ", required);
    }

    /** The ids, quoted, at most twelve of them; a phrase when there are none. */
    static Object list(Set<String> ids) {
        if (ids.isEmpty()) {
            return Phrase.of("content.ids.none");
        }
        String shown = ids.stream().limit(12).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return ids.size() > 12 ? shown + ", ..." : shown;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }}
