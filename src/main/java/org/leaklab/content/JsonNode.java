package org.leaklab.content;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value. Our own small tree instead of Gson's so that numbers keep their source text
 * (for messages such as "found 1e999") and objects keep every key once, in order.
 */
sealed interface JsonNode {
    /** An object; duplicate keys were reported while parsing and only the first value kept. */
    record JObject(Map<String, JsonNode> members) implements JsonNode {
    }

    /** An array. */
    record JArray(List<JsonNode> elements) implements JsonNode {
    }

    /** A string. */
    record JString(String value) implements JsonNode {
    }

    /** A number; {@code value} is infinite when the text is out of double range. */
    record JNumber(double value, String text) implements JsonNode {
    }

    /** {@code true} or {@code false}. */
    record JBoolean(boolean value) implements JsonNode {
    }

    /** {@code null}. */
    record JNull() implements JsonNode {
    }

    /**
     * Describes a value for "found ..." in messages, short enough for one line: a phrase of the
     * content bundle, or the JSON literal itself ({@code true}, {@code false}, {@code null}).
     */
    static Object describe(JsonNode node) {
        if (node instanceof JObject) {
            return Phrase.of("content.found.object");
        }
        if (node instanceof JArray array) {
            return Phrase.of(array.elements().isEmpty() ? "content.found.emptyArray" : "content.found.array");
        }
        if (node instanceof JString string) {
            String value = string.value();
            if (value.isBlank()) {
                return Phrase.of(value.isEmpty() ? "content.found.emptyString" : "content.found.blankString");
            }
            return Phrase.of("content.found.string", shorten(value));
        }
        if (node instanceof JNumber number) {
            return Phrase.of("content.found.number", shorten(number.text()));
        }
        if (node instanceof JBoolean bool) {
            return String.valueOf(bool.value());
        }
        return "null";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
