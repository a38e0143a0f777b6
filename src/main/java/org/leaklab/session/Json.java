package org.leaklab.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/** Strict reading of the results file's JSON tree: every missing or mistyped field names its path. */
final class Json {
    private Json() {
    }

    static JsonObject object(JsonElement element, String path) throws ResultsFormatException {
        if (element == null || !element.isJsonObject()) {
            throw new ResultsFormatException(path + ": expected an object");
        }
        return element.getAsJsonObject();
    }

    static JsonObject object(JsonObject parent, String field, String path) throws ResultsFormatException {
        return object(parent.get(field), path + "." + field);
    }

    static JsonArray array(JsonObject parent, String field, String path) throws ResultsFormatException {
        JsonElement element = parent.get(field);
        if (element == null || !element.isJsonArray()) {
            throw new ResultsFormatException(path + "." + field + ": expected an array");
        }
        return element.getAsJsonArray();
    }

    static String string(JsonObject parent, String field, String path) throws ResultsFormatException {
        return string(parent.get(field), path + "." + field);
    }

    static String string(JsonElement element, String path) throws ResultsFormatException {
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new ResultsFormatException(path + ": expected a string");
        }
        return element.getAsString();
    }

    static double number(JsonObject parent, String field, String path) throws ResultsFormatException {
        JsonElement element = parent.get(field);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new ResultsFormatException(path + "." + field + ": expected a number");
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
}
