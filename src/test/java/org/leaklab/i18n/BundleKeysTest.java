package org.leaklab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle has the same keys in English and German, no value is blank, and every key is
 * used: as {@code "key"} in Java or {@code %key} in FXML. Keys are always written out in full,
 * never assembled, so this scan is complete.
 */
class BundleKeysTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/leaklab/i18n");
    private static final Path SOURCES = Path.of("src/main");

    @Test
    void everyBundleHasAGermanTwinWithTheSameKeys() throws IOException {
        List<Path> bases = englishBundles();
        assertFalse(bases.isEmpty(), "no bundles found in " + BUNDLES.toAbsolutePath());
        for (Path english : bases) {
            Path german = english.resolveSibling(english.getFileName().toString().replace(".properties", "_de.properties"));
            assertTrue(Files.exists(german), german + " is missing");
            Set<String> en = keys(english);
            Set<String> de = keys(german);
            assertEquals(Set.of(), difference(en, de), "keys in " + english.getFileName() + " but not in " + german.getFileName());
            assertEquals(Set.of(), difference(de, en), "keys in " + german.getFileName() + " but not in " + english.getFileName());
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (Path file : allBundles()) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                assertFalse(properties.getProperty(key).isBlank(), key + " is blank in " + file.getFileName());
            }
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String code = sourceText();
        List<String> unused = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (String key : keys(english)) {
                if (!code.contains("\"" + key + "\"") && !code.contains("\"%" + key + "\"")) {
                    unused.add(english.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), unused, "keys that no Java or FXML file uses");
    }

    private static String sourceText() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static List<Path> englishBundles() throws IOException {
        return allBundles().stream().filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}\\.properties")).toList();
    }

    private static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toCollection(TreeSet::new));
    }
}
