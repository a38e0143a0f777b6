package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nothing a pack contains may crash or hang the loader: malformed text, limits, and every value replaced. */
class LoaderRobustnessTest {
    private static Problem onlyError(LoadResult result) {
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size(), result.problems()::toString);
        return result.errors().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma            | {"id": "x",}                | $.id  | malformed JSON at line 1, column 13: Expected name
            comment                   | // note\\n{}                  | $     | malformed JSON at line 1, column 2: expected strict JSON, found something it does not allow (comments, single quotes, unquoted names, a trailing comma, NaN, Infinity or several top-level values)
            single quotes             | {'id': 1}                   | $     | malformed JSON at line 1, column 3: expected strict JSON, found something it does not allow (comments, single quotes, unquoted names, a trailing comma, NaN, Infinity or several top-level values)
            NaN literal               | {"low": NaN}                | $.low | malformed JSON at line 1, column 9: expected strict JSON, found something it does not allow (comments, single quotes, unquoted names, a trailing comma, NaN, Infinity or several top-level values)
            unterminated              | {"items": [1, 2             | $.items[2] | expected more JSON, found the end of the file at line 1, column 16
            two top-level values      | {} {}                       | $     | expected the end of the file after the top-level value, found more content
            bare word                 | hello                       | $     | malformed JSON at line 1, column 1: expected strict JSON, found something it does not allow (comments, single quotes, unquoted names, a trailing comma, NaN, Infinity or several top-level values)
            """)
    void malformedJsonIsOneClearError(String name, String text, String path, String message) {
        Problem problem = onlyError(new CasePackLoader().parse("bad.json", text.replace("\\n", "\n")));
        assertEquals(path, problem.path(), name);
        assertEquals(message, problem.message(), name);
    }

    @Test
    void emptyAndBlankFiles() {
        assertEquals("expected a JSON object, found an empty file", onlyError(new CasePackLoader().parse("e.json", "")).message());
        assertEquals("expected a JSON object, found an empty file", onlyError(new CasePackLoader().parse("e.json", " \n\t")).message());
    }

    @Test
    void topLevelValuesOfTheWrongKind() {
        assertEquals("expected a case pack (a JSON object), found an empty array",
                onlyError(new CasePackLoader().parse("a.json", "[]")).message());
        assertEquals("expected a case pack (a JSON object), found null",
                onlyError(new CasePackLoader().parse("n.json", "null")).message());
        assertEquals("expected a case pack (a JSON object), found the number 42",
                onlyError(new CasePackLoader().parse("n.json", "42")).message());
    }

    @Test
    void rawControlCharactersInStringsAreRejected() {
        Problem problem = onlyError(new CasePackLoader().parse("c.json", "{\"id\": \"a\u0001b\"}"));
        assertEquals("malformed JSON at line 1, column 9: expected control characters in strings to be escaped, "
                + "found a raw one", problem.message());
    }

    @Test
    void duplicateKeysAreReportedWithTheirPath() {
        JsonObject pack = PackFixtures.minimal();
        String text = pack.toString().replaceFirst("\"id\":\"mini\"", "\"id\":\"mini\",\"id\":\"other\"");
        LoadResult result = new CasePackLoader().parse("dup.json", text);
        Problem problem = onlyError(result);
        assertEquals("$.id", problem.path());
        assertEquals("expected each key once in an object, found \"id\" again (the first value is used)", problem.message());
    }

    @Test
    void deepNestingIsRefusedQuicklyAndWithoutStackOverflow() {
        String deep = "{\"x\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new CasePackLoader().parse("deep.json", deep));
        Problem problem = onlyError(result);
        assertEquals("expected at most 32 levels of nesting, found deeper nesting", problem.message());
        assertEquals("$.x" + "[0]".repeat(31), problem.path());
    }

    @Test
    void nestingLimitCanBeLowered() {
        Problem problem = onlyError(new CasePackLoader(1000, 2).parse("d.json", "{\"a\": {\"b\": {}}}"));
        assertEquals("$.a.b", problem.path());
        assertEquals("expected at most 2 levels of nesting, found deeper nesting", problem.message());
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        String big = "{\"pad\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        assertEquals("expected a file of at most 2.0 MiB, found a larger one",
                onlyError(new CasePackLoader().parse("big.json", big)).message());
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        LoadResult fromStream = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new CasePackLoader(64 * 1024, 32).load("endless", endless));
        assertEquals("expected a file of at most 64.0 KiB, found a larger one", onlyError(fromStream).message());
    }

    @Test
    void oversizedFileIsRefusedByItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[4096]);
        assertEquals("expected a file of at most 1.0 KiB, found 4.0 KiB",
                onlyError(new CasePackLoader(1024, 32).load(file)).message());
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "{\"id\": \"M\u00fcnchen\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("expected UTF-8 text, found bytes that are not UTF-8",
                onlyError(new CasePackLoader().load("latin1.json", new ByteArrayInputStream(latin1))).message());
    }

    @Test
    void aByteOrderMarkIsToleratedWithAWarning() {
        LoadResult result = new CasePackLoader().load("bom.json",
                new ByteArrayInputStream(("\uFEFF" + PackFixtures.minimalText()).getBytes(StandardCharsets.UTF_8)));
        assertTrue(result.isValid());
        assertEquals("expected no byte order mark, found one (ignored)", result.warnings().get(0).message());
    }

    @Test
    void hugeNumbersAnywhereAreErrorsNotCrashes() {
        String text = PackFixtures.minimalText().replace("\"score\": 100", "\"score\": 1e400")
                .replace("\"low\": 80", "\"low\": 123456789012345678901234567890");
        LoadResult result = new CasePackLoader().parse("numbers.json", text);
        List<String> messages = result.errors().stream().map(Problem::message).toList();
        assertTrue(messages.contains("expected a whole number from 0 to 100, found the number 1e400"), messages::toString);
        assertTrue(messages.contains("expected a number of at most 1e12 in size, found the number 123456789012345678901234567890"),
                messages::toString);
    }

    @Test
    void fileProblemsAreReportedNotThrown(@TempDir Path dir) throws IOException {
        assertEquals("expected a case pack file, found no such file",
                onlyError(new CasePackLoader().load(dir.resolve("missing.json"))).message());
        assertEquals("expected a case pack file, found a directory", onlyError(new CasePackLoader().load(dir)).message());
        Path good = dir.resolve("good.json");
        Files.writeString(good, PackFixtures.minimalText());
        LoadResult result = CaseLibrary.loadFile(good);
        assertTrue(result.isValid());
        assertEquals(good.toString(), result.file());
    }

    /** Every value of the minimal pack replaced, one at a time, by each hostile value: no exception, no hang. */
    @Test
    void replacingAnyValueNeverThrows() {
        JsonObject original = PackFixtures.minimal();
        List<JsonElement> hostile = List.of(JsonNull.INSTANCE, new JsonArray(), new JsonObject(), new JsonPrimitive(""),
                new JsonPrimitive(0), new JsonPrimitive(-1), new JsonPrimitive(new java.math.BigDecimal("1e400")),
                new JsonPrimitive(true), new JsonPrimitive("x".repeat(500)), new JsonPrimitive("i1"));
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(original, new ArrayList<>(), paths);
        assertTrue(paths.size() > 300, "walked " + paths.size() + " values");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CasePackLoader loader = new CasePackLoader();
            int invalid = 0;
            for (List<Object> path : paths) {
                for (JsonElement replacement : hostile) {
                    JsonObject copy = original.deepCopy();
                    replace(copy, path, replacement);
                    LoadResult result = loader.parse("fuzz.json", copy.toString());
                    assertTrue(result.isValid() || !result.errors().isEmpty());
                    invalid += result.isValid() ? 0 : 1;
                }
            }
            assertTrue(invalid > paths.size(), "most replacements break the pack: " + invalid);
        });
    }

    @Test
    void everyTruncationOfAValidPackIsAnErrorNotACrash() {
        String text = PackFixtures.minimalText();
        CasePackLoader loader = new CasePackLoader();
        for (int end = 0; end < text.length() - 1; end += 3) {
            LoadResult result = loader.parse("cut.json", text.substring(0, end));
            assertFalse(result.isValid(), "prefix of length " + end);
            assertFalse(result.errors().isEmpty());
        }
    }

    private static void collectPaths(JsonElement element, List<Object> path, List<List<Object>> out) {
        if (!path.isEmpty()) {
            out.add(List.copyOf(path));
        }
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
                path.add(e.getKey());
                collectPaths(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                path.add(i);
                collectPaths(array.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void replace(JsonObject root, List<Object> path, JsonElement replacement) {
        JsonElement parent = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer i ? parent.getAsJsonArray().get(i) : parent.getAsJsonObject().get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            parent.getAsJsonArray().set(i, replacement.deepCopy());
        } else {
            parent.getAsJsonObject().add((String) last, replacement.deepCopy());
        }
    }

    @Test
    void parsedJsonWithGsonMatchesOurReaderOnTheShippedPack() {
        // Guard against our tree reader dropping content: the shipped pack parses the same either way.
        String text = new String(PackFixtures.minimalText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertTrue(JsonParser.parseString(text).isJsonObject());
        assertTrue(new CasePackLoader().parse("m.json", text).isValid());
    }
}
