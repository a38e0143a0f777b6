package org.leaklab.content;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON text into a {@link JsonNode} tree with Gson's streaming reader in strict mode (no
 * comments, single quotes, unquoted names, trailing commas, NaN or Infinity), refusing nesting
 * deeper than a limit before it can exhaust the stack. Syntax errors end reading, since nothing
 * after them can be trusted; duplicate keys are reported and reading goes on.
 */
final class JsonTreeReader {
    private static final Pattern POSITION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    private final int maxDepth;
    private final ProblemCollector problems;

    JsonTreeReader(int maxDepth, ProblemCollector problems) {
        this.maxDepth = maxDepth;
        this.problems = problems;
    }

    /** The tree, or {@code null} after reporting why there is none. */
    JsonNode read(String text) {
        if (text.isBlank()) {
            problems.error("$", "content.emptyFile");
            return null;
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        // Our own check below reports depth with a clear message; this is the backstop.
        reader.setNestingLimit(maxDepth + 1);
        try {
            JsonNode root = value(reader, 0);
            if (root == null) {
                return null;
            }
            if (!atEnd(reader)) {
                problems.error("$", "content.moreContent");
                return null;
            }
            return root;
        } catch (EOFException e) {
            Matcher at = position(e);
            if (at.find()) {
                problems.error(pathOf(e, reader), "content.endOfFileAt", at.group(1), at.group(2));
            } else {
                problems.error(pathOf(e, reader), "content.endOfFile");
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            Matcher at = position(e);
            if (at.find()) {
                problems.error(pathOf(e, reader), "content.malformedAt", at.group(1), at.group(2), reason(e));
            } else {
                problems.error(pathOf(e, reader), "content.malformed", reason(e));
            }
        }
        return null;
    }

    /** Strict Gson refuses a second top-level value while peeking; that is our "more content" case. */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private JsonNode value(JsonReader reader, int depth) throws IOException {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT:
            case BEGIN_ARRAY:
                if (depth >= maxDepth) {
                    problems.error(cleanPath(reader.getPath()), "content.depth", String.valueOf(maxDepth));
                    return null;
                }
                return token == JsonToken.BEGIN_OBJECT ? object(reader, depth + 1) : array(reader, depth + 1);
            case STRING:
                return new JsonNode.JString(reader.nextString());
            case NUMBER:
                String number = reader.nextString();
                return new JsonNode.JNumber(Double.parseDouble(number), number);
            case BOOLEAN:
                return new JsonNode.JBoolean(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return new JsonNode.JNull();
            default:
                throw new IllegalStateException("Unexpected " + token);
        }
    }

    private JsonNode object(JsonReader reader, int depth) throws IOException {
        reader.beginObject();
        Map<String, JsonNode> members = new LinkedHashMap<>();
        while (reader.hasNext()) {
            String name = reader.nextName();
            String path = cleanPath(reader.getPath());
            JsonNode member = value(reader, depth);
            if (member == null) {
                return null;
            }
            if (members.containsKey(name)) {
                problems.error(path, "content.duplicateKey", name);
            } else {
                members.put(name, member);
            }
        }
        reader.endObject();
        return new JsonNode.JObject(members);
    }

    private JsonNode array(JsonReader reader, int depth) throws IOException {
        reader.beginArray();
        List<JsonNode> elements = new ArrayList<>();
        while (reader.hasNext()) {
            JsonNode element = value(reader, depth);
            if (element == null) {
                return null;
            }
            elements.add(element);
        }
        reader.endArray();
        return new JsonNode.JArray(elements);
    }

    private static String pathOf(Exception e, JsonReader reader) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return cleanPath(m.find() ? m.group(3) : reader.getPath());
    }

    /** Where Gson says the problem is: line and column in groups 1 and 2, if {@code find()}s. */
    private static Matcher position(Exception e) {
        return POSITION.matcher(String.valueOf(e.getMessage()));
    }

    /** Gson's reason without its position, advice and links: a phrase for the reasons we know, else Gson's words. */
    private static Object reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        Matcher m = POSITION.matcher(message);
        if (m.find()) {
            message = message.substring(0, m.start());
        }
        if (message.startsWith("Use JsonReader.setStrictness")) {
            return Phrase.of("content.reason.strict");
        }
        if (message.startsWith("Unescaped control characters")) {
            return Phrase.of("content.reason.controlCharacter");
        }
        if (message.startsWith("Nesting limit")) {
            return Phrase.of("content.reason.nesting");
        }
        return message.isBlank() ? Phrase.of("content.reason.unparsable") : message;
    }

    /** Gson reports a path like {@code $.} before the first name is read; we say {@code $}. */
    static String cleanPath(String path) {
        return path == null || path.isEmpty() || path.equals("$.") ? "$"
                : path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }
}
