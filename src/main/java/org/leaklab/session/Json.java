package org.leaklab.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict reading of the stores' JSON files (results, progress): one strict parse, the header
 * every file starts with, and field access where every missing or mistyped field names its path.
 *
 * <p>The case packs have a strict reader of their own ({@code content.JsonTreeReader}), which
 * builds its own tree to report duplicate keys and depth; the stores read Gson's tree, and the
 * layers keep them apart (session may not use content).
 */
final class Json {
    private Json() {
    }

    /** The whole document, read strictly (no comments, trailing commas, NaN, a second top-level value). */
    static JsonElement parse(String text) throws ResultsFormatException {
        try (Reader reader = new StringReader(text)) {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(json);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new ResultsFormatException("$", "session.format.trailing");
            }
            return root;
        } catch (IOException | JsonParseException e) {
            throw new ResultsFormatException("$", "session.format.json", firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * The root object of a file of {@code format} in {@code version}; {@code notThisFormat} is the
     * problem's key when the file is some other JSON.
     */
    static JsonObject document(String text, String format, int version, String notThisFormat)
            throws ResultsFormatException {
        JsonObject root = object(parse(text), "$");
        JsonElement written = root.get("format");
        if (written == null || !written.isJsonPrimitive() || !format.equals(written.getAsString())) {
            throw new ResultsFormatException("$.format", notThisFormat);
        }
        if (number(root, "version", "$") != version) {
            throw new ResultsFormatException("$.version", "session.format.version", String.valueOf(root.get("version")),
                    String.valueOf(version));
        }
        return root;
    }

    static JsonObject object(JsonElement element, String path) throws ResultsFormatException {
        if (element == null || !element.isJsonObject()) {
            throw new ResultsFormatException(path, "session.format.object");
        }
        return element.getAsJsonObject();
    }

    static JsonObject object(JsonObject parent, String field, String path) throws ResultsFormatException {
        return object(parent.get(field), path + "." + field);
    }

    static JsonArray array(JsonObject parent, String field, String path) throws ResultsFormatException {
        JsonElement element = parent.get(field);
        if (element == null || !element.isJsonArray()) {
            throw new ResultsFormatException(path + "." + field, "session.format.array");
        }
        return element.getAsJsonArray();
    }

    static String string(JsonObject parent, String field, String path) throws ResultsFormatException {
        return string(parent.get(field), path + "." + field);
    }

    /** A moment written as ISO-8601 text ({@code 2024-03-05T09:15:00Z}). */
    static Instant instant(JsonObject parent, String field, String path) throws ResultsFormatException {
        try {
            return Instant.parse(string(parent, field, path));
        } catch (DateTimeParseException e) {
            throw new ResultsFormatException(path + "." + field, "session.format.instant");
        }
    }

    static String string(JsonElement element, String path) throws ResultsFormatException {
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new ResultsFormatException(path, "session.format.string");
        }
        return element.getAsString();
    }

    static double number(JsonObject parent, String field, String path) throws ResultsFormatException {
        JsonElement element = parent.get(field);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new ResultsFormatException(path + "." + field, "session.format.number");
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.getAsDouble();
    }

    static List<String> strings(JsonObject parent, String field, String path) throws ResultsFormatException {
        JsonArray array = array(parent, field, path);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(string(array.get(i), path + "." + field + "[" + i + "]"));
        }
        return values;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
