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

    JObject object(JsonNode node, String path, String what) {
        if (node instanceof JObject o) {
            return o;
        }
        problems.error(path, "expected " + what + " (a JSON object), found " + JsonNode.describe(node));
        return null;
    }

    void knownFields(JObject o, String path, Set<String> known) {
        for (String name : o.members().keySet()) {
            if (!known.contains(name)) {
                problems.warning(child(path, name), "unknown field \"" + name + "\" is ignored (expected one of: "
                        + list(new TreeSet<>(known)) + ")");
            }
        }
    }

    /** A required member, or {@code null} after reporting it missing or null. */
    JsonNode member(JObject o, String path, String name, String expected) {
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

    String string(JObject o, String path, String name, boolean required) {
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

    String id(JObject o, String path, String name) {
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

    String reference(JObject o, String path, String name, Set<String> targets, String kind) {
        String id = string(o, path, name, true);
        if (id != null && !targets.contains(id)) {
            problems.error(child(path, name), "expected the id of " + article(kind) + " (" + list(targets)
                    + "), found the unknown id \"" + id + "\"");
            return null;
        }
        return id;
    }

    List<String> references(JObject o, String path, String name, Set<String> targets, String kind, int min) {
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

    LocalizedText text(JObject o, String path, String name) {
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

    Boolean bool(JObject o, String path, String name) {
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

    Double number(JObject o, String path, String name) {
        JsonNode node = member(o, path, name, "a number");
        return node == null ? null : finiteNumber(node, child(path, name), "a number");
    }

    Double finiteNumber(JsonNode node, String path, String what) {
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

    Double positive(JObject o, String path, String name) {
        Double value = number(o, path, name);
        if (value != null && !(value > 0)) {
            problems.error(child(path, name), "expected a number above 0, found " + JsonNode.describe(o.members().get(name)));
            return null;
        }
        return value;
    }

    Integer integer(JObject o, String path, String name, int min, int max) {
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
            problems.error(child(path, name), "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found "
                    + JsonNode.describe(o.members().get(name)));
            return null;
        }
        return text;
    }

    List<JsonNode> array(JObject o, String path, String name, boolean required, int min, String what) {
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

    /** Reports an element's {@code id} already used by an earlier one, recorded in {@code firstPath}. */
    void uniqueId(JObject element, String path, String what, Map<String, String> firstPath) {
        if (element.members().get("id") instanceof JString s) {
            String first = firstPath.putIfAbsent(s.value(), child(path, "id"));
            if (first != null) {
                problems.error(child(path, "id"), "expected a unique " + what + " id, found \"" + s.value()
                        + "\" again (first used at " + first + ")");
            }
        }
    }
    /**
     * An element of a list inside a section (a node, an option, an ending): {@code what} as a JSON
     * object, its unknown fields warned about and its id checked against the ids in {@code firstPath};
     * null after reporting it is no object.
     */
    JObject element(JsonNode node, String path, String what, Set<String> known, String idKind,
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
    <T> boolean elements(List<JsonNode> elements, String arrayPath, String what, Set<String> known, String idKind,
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
    JObject objectField(JObject o, String path, String name, String what) {
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

    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    static String list(Set<String> ids) {
        if (ids.isEmpty()) {
            return "none declared";
        }
        String shown = ids.stream().limit(12).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return ids.size() > 12 ? shown + ", ..." : shown;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }}
