package org.leaklab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.leaklab.i18n.Messages;

/**
 * A pack's problems are data, worded from the content bundle: English exactly as the command line
 * prints it, German for the app, and every key the validator names is in both languages.
 */
class ProblemWordingTest {
    private static final Messages CONTENT = Messages.of(Problem.BUNDLE);

    @Test
    void aBrokenPacksProblemReadsInGerman() {
        JsonObject pack = PackFixtures.minimal();
        pack.addProperty("id", "Mini Case");
        Problem problem = onlyError(pack);
        assertEquals("$.id", problem.path());
        assertEquals("expected an id of at most 64 lower-case letters, digits and single hyphens "
                + "(such as \"sales-stats\"), found the string \"Mini Case\"", problem.message(Locale.ENGLISH));
        assertEquals("Erwartet: eine ID aus höchstens 64 Kleinbuchstaben, Ziffern und einzelnen Bindestrichen "
                + "(etwa \"sales-stats\"); gefunden: die Zeichenkette \"Mini Case\"", problem.message(Locale.GERMAN));
        assertEquals(problem.message(Locale.ENGLISH), problem.message(), "message() is the English of --validate");
    }

    @Test
    void nestedPartsAreWordedInTheSameLanguage() {
        JsonObject pack = PackFixtures.minimal();
        PackFixtures.at(pack, "scenarios", 0).addProperty("perspective", "nobody");
        Problem problem = new CasePackLoader().parse("broken.json", pack.toString()).errors().stream()
                .filter(p -> p.path().endsWith(".perspective")).findFirst().orElseThrow();
        assertTrue(problem.message(Locale.GERMAN).startsWith("Erwartet: die ID einer Perspektive ("),
                problem.message(Locale.GERMAN));
        assertTrue(problem.message(Locale.GERMAN).endsWith("; gefunden: die unbekannte ID \"nobody\""),
                problem.message(Locale.GERMAN));
    }

    @Test
    void sizesFollowTheLanguage() {
        Problem problem = new CasePackLoader(64 * 1024, 32).parse("big.json", " ".repeat(64 * 1024 + 1))
                .errors().get(0);
        assertEquals("expected a file of at most 64.0 KiB, found a larger one", problem.message());
        assertEquals("Die Datei ist größer als die erlaubten 64,0 KiB", problem.message(Locale.GERMAN));
    }

    @Test
    void everyBrokenPackOfTheBatteryIsWordedInGermanWithoutEnglish() {
        List<String> english = new ArrayList<>();
        Stream.concat(BrokenPackTest.brokenPacks().map(b -> {
            JsonObject pack = PackFixtures.minimal();
            b.change().accept(pack);
            return new CasePackLoader().parse("broken.json", pack.toString());
        }), Stream.of(new CasePackLoader().parse("e.json", ""), new CasePackLoader().parse("x.json", "{\"a\": 1,}"),
                new CasePackLoader().parse("x.json", "{\"a\": ")))
                .flatMap(result -> result.problems().stream())
                .forEach(problem -> {
                    String german = problem.message(Locale.GERMAN);
                    assertNotEquals(problem.message(Locale.ENGLISH), german);
                    if (german.matches("(?s).*\\b(expected|found|missing|an?|the)\\b.*")) {
                        english.add(problem.path() + ": " + german);
                    }
                });
        assertEquals(List.of(), english, "German problems with English words in them");
    }

    @Test
    void everyKeyTheValidatorNamesExistsInEnglishAndGerman() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(content\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/leaklab"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() > 100, "the scan finds the validator's keys: " + keys.size());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (Locale locale : Messages.SUPPORTED) {
                // German falls back to English, so ask the German file itself too.
                if (!CONTENT.contains(locale, key)) {
                    missing.add(locale + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
        String german = Files.readString(Path.of("src/main/resources/org/leaklab/i18n/content_de.properties"));
        assertFalse(keys.stream().anyMatch(k -> !german.contains("\n" + k + "=")), "every key in content_de.properties");
    }

    @Test
    void everyFormOfEveryPartIsWordedInBothLanguages() {
        int forms = 0;
        for (Noun noun : Noun.values()) {
            for (java.util.function.Function<Noun, Phrase> form : List.<java.util.function.Function<Noun, Phrase>>of(
                    Noun::a, Noun::many, Noun::one, Noun::theIdOf, Noun::ids)) {
                Phrase phrase;
                try {
                    phrase = form.apply(noun);
                } catch (IllegalStateException e) {
                    continue; // a form this part never takes in a message
                }
                forms++;
                assertNotEquals(phrase.key(), phrase.in(Locale.ENGLISH));
                assertNotEquals(phrase.in(Locale.ENGLISH), phrase.in(Locale.GERMAN), noun + " " + phrase.key());
            }
        }
        assertTrue(forms >= 40, "forms found: " + forms);
    }

    private static Problem onlyError(JsonObject pack) {
        List<Problem> errors = new CasePackLoader().parse("broken.json", pack.toString()).errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }
}
