package org.leaklab.classroom.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leaklab.classroom.Secrets;
import org.leaklab.classroom.Submission;

/**
 * What a phone's request says, read strictly and within limits: the method, the token header, a
 * small JSON body, its numbers and the answer in it, the language asked for. Anything else is
 * {@link Rejected} with its status before the room sees it.
 */
final class PhoneRequests {
    /** Most ids in a ranking or choice: far more than any scenario has. */
    private static final int MAX_IDS = 64;

    private PhoneRequests() {
    }

    static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            throw new Rejected(405, "method-not-allowed");
        }
    }

    /** The token in the {@value ClassServer#TOKEN_HEADER} header, if it has a token's shape. */
    static String token(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst(ClassServer.TOKEN_HEADER);
        if (!Secrets.looksLikeToken(token)) {
            throw new Rejected(403, "unknown-device");
        }
        return token;
    }

    /** A device's POST: its token and the body. */
    record DevicePost(String token, JsonObject body) {
        @Override
        public String toString() {
            return "DevicePost"; // never the token
        }
    }

    /** A POST from a device, checked in this order: the method, the token's shape, the body. */
    static DevicePost devicePost(HttpExchange exchange) throws IOException {
        requireMethod(exchange, "POST");
        String token = token(exchange);
        return new DevicePost(token, body(exchange));
    }

    /** The body as a JSON object (an empty body reads as {}), at most {@value ClassServer#MAX_BODY} bytes. */
    static JsonObject body(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > ClassServer.MAX_BODY) {
                    throw new Rejected(413, "too-large");
                }
            } catch (NumberFormatException e) {
                throw new Rejected(400, "bad-length");
            }
        }
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Rejected(415, "json-only");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[512];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > ClassServer.MAX_BODY) {
                    throw new Rejected(413, "too-large");
                }
            }
        }
        return object(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code text} as a JSON object, strictly; blank reads as {}. */
    static JsonObject object(String text) {
        if (text.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new Rejected(400, "bad-json");
            }
            return element.getAsJsonObject();
        } catch (RuntimeException e) {
            if (e instanceof Rejected rejected) {
                throw rejected;
            }
            throw new Rejected(400, "bad-json");
        }
    }

    /** The whole number {@code name} of {@code body}. */
    static int integer(JsonObject body, String name) {
        JsonElement value = body.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new Rejected(400, "bad-request");
        }
        double number = value.getAsDouble();
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new Rejected(400, "bad-request");
        }
        return (int) number;
    }

    /** The answer in the body: exactly one of ranking, estimate, choice, vote. */
    static Submission submission(JsonObject body) {
        List<Submission> found = new ArrayList<>();
        if (body.has("ranking")) {
            found.add(new Submission.Ranking(strings(body.get("ranking"))));
        }
        if (body.has("estimate")) {
            JsonElement value = body.get("estimate");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new Rejected(400, "not-a-number");
            }
            found.add(new Submission.Estimate(value.getAsDouble()));
        }
        if (body.has("choice")) {
            found.add(new Submission.Choice(strings(body.get("choice"))));
        }
        if (body.has("vote")) {
            JsonElement value = body.get("vote");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new Rejected(400, "bad-request");
            }
            found.add(new Submission.Vote(value.getAsString()));
        }
        if (found.size() != 1) {
            throw new Rejected(400, "bad-request");
        }
        return found.get(0);
    }

    private static List<String> strings(JsonElement element) {
        if (!element.isJsonArray() || element.getAsJsonArray().size() > MAX_IDS) {
            throw new Rejected(400, "bad-request");
        }
        List<String> values = new ArrayList<>();
        for (JsonElement item : (JsonArray) element) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw new Rejected(400, "bad-request");
            }
            values.add(item.getAsString());
        }
        return values;
    }

    /** The language of {@code ?lang=de} or {@code ?lang=en}, else {@code fallback}. */
    static Locale language(HttpExchange exchange, Locale fallback) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.equals("lang=de")) {
                    return Locale.GERMAN;
                }
                if (pair.equals("lang=en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return fallback;
    }
}
