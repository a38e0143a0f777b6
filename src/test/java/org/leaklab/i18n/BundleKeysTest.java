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
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle has the same keys in English and German, no value is blank, no key is written
 * twice in a file (the second would silently win), every key is used: as {@code "key"} in Java or
 * {@code %key} in FXML, and every key the code names is in the bundles. Keys are always written
 * out in full, never assembled, so these scans are complete.
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

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        List<String> twice = new ArrayList<>();
        for (Path file : allBundles()) {
            Set<String> seen = new HashSet<>();
            for (String key : keysInOrder(file)) {
                if (!seen.add(key)) {
                    twice.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), twice, "keys written twice (the later line wins without a word)");
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path file : allBundles()) {
            known.addAll(keys(file));
        }
        Set<String> areas = known.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        String code = sourceText();
        // FXML: every %key. Java: every string literal that looks like a key of a bundle's area
        // ("start.title"), except file names ("progress.json").
        Matcher fxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"").matcher(code);
        while (fxml.find()) {
            if (!known.contains(fxml.group(1))) {
                missing.add("%" + fxml.group(1));
            }
        }
        Matcher literals = Pattern.compile("\"([a-z][A-Za-z0-9]*)(\\.[A-Za-z0-9_.]+)\"")
                .matcher(code);
        while (literals.find()) {
            String literal = literals.group(1) + literals.group(2);
            if (areas.contains(literals.group(1)) && !known.contains(literal)
                    && !literal.matches(".*\\.(json|csv|png|md|css|fxml|properties|txt|html|js|bak|tmp)")) {
                missing.add(literal);
            }
        }
        assertEquals(Set.of(), missing, "keys the code names that no bundle has");
    }

    /** The keys of {@code file} as written, in order, repeats included (Properties would fold them). */
    private static List<String> keysInOrder(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean endsInBackslash = (line.length() - line.replaceAll("\\\\+$", "").length()) % 2 == 1;
            if (continued) {
                continued = endsInBackslash;
                continue;
            }
            String text = line.stripLeading();
            if (!text.isEmpty() && text.charAt(0) != '#' && text.charAt(0) != '!') {
                Matcher key = Pattern.compile("((?:\\\\.|[^=:\\s\\\\])+)").matcher(text);
                if (key.lookingAt()) {
                    keys.add(key.group(1));
                }
            }
            continued = endsInBackslash;
        }
        return keys;
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
