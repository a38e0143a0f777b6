package org.leaklab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both scoring bundles have the same keys, every key is used in the code and every used key exists. */
class ScoringBundleTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(scoring\\.[a-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScoringBundleTest.class.getResourceAsStream("/org/leaklab/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> indices = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            indices.add(m.group(1));
        }
        return indices;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("scoring.properties").stringPropertyNames()),
                new TreeSet<>(bundle("scoring_de.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = new TreeSet<>(bundle("scoring.properties").stringPropertyNames());
        assertEquals(defined, keysUsedInCode());
    }

    @Test
    void patternsAreValidAndUseTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties en = bundle("scoring.properties");
        Properties de = bundle("scoring_de.properties");
        for (String key : en.stringPropertyNames()) {
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            new MessageFormat(de.getProperty(key), Locale.GERMAN);
            assertEquals(placeholders(en.getProperty(key)), placeholders(de.getProperty(key)), key);
        }
    }

    @Test
    void germanTextIsActuallyGerman() {
        String german = Explanation.info("scoring.estimate.curve").render(Locale.GERMAN);
        assertTrue(german.startsWith("So wird gewertet"), german);
        assertTrue(german.contains("au\u00dferhalb"), "umlauts survive: " + german);
    }
}
