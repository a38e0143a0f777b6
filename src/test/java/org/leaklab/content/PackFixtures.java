package org.leaklab.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.leaklab.model.Case;

/** The small valid pack the loader tests start from, and helpers to reach into it. */
final class PackFixtures {
    private PackFixtures() {
    }

    /** The text of {@code minimal-pack.json}: four items, two perspectives, one scenario of each kind. */
    static String minimalText() {
        try (InputStream in = PackFixtures.class.getResourceAsStream("minimal-pack.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable copy of the minimal pack. */
    static JsonObject minimal() {
        return JsonParser.parseString(minimalText()).getAsJsonObject();
    }

    /** The minimal pack as a case. */
    static Case minimalCase() {
        return new CasePackLoader().parse("minimal-pack.json", minimalText()).caseData().orElseThrow();
    }

    /** Walks {@code root} by member names and array indices to an object. */
    static JsonObject at(JsonObject root, Object... steps) {
        JsonElement current = root;
        for (Object step : steps) {
            current = step instanceof Integer i ? current.getAsJsonArray().get(i) : current.getAsJsonObject().get((String) step);
        }
        return current.getAsJsonObject();
    }

    /** The array at the end of {@code steps}. */
    static JsonArray array(JsonObject root, Object... steps) {
        Object[] parent = java.util.Arrays.copyOf(steps, steps.length - 1);
        return at(root, parent).getAsJsonArray((String) steps[steps.length - 1]);
    }
}
