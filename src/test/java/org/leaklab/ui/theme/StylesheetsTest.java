package org.leaklab.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet parses, and every looked-up colour a stylesheet uses is defined by each theme.
 * A half-merged theme block (a missing brace) otherwise only shows as warnings and wrong colours.
 */
class StylesheetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/leaklab");
    private static final Path THEMES = RESOURCES.resolve("ui/theme");
    private static final List<String> THEME_FILES = List.of("light.css", "dark.css", "high-contrast.css");
    private static final Pattern DEFINITION = Pattern.compile("(-ll-[a-z0-9-]+)\\s*:");
    private static final Pattern USE = Pattern.compile("(-ll-[a-z0-9-]+)");

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
    }

    private static String withoutComments(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
    }

    @Test
    void everyStylesheetParsesWithoutErrors() throws IOException {
        List<Path> sheets = stylesheets();
        assertTrue(sheets.size() > 10, "found the stylesheets: " + sheets);
        List<String> errors = new ArrayList<>();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            CssParser.errorsProperty().forEach(error -> errors.add(sheet.getFileName() + ": " + error.getMessage()));
            String css = withoutComments(sheet);
            int depth = 0;
            for (char c : css.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 1) {
                    errors.add(sheet.getFileName() + ": a block opens inside another (missing closing brace)");
                    break;
                }
            }
        }
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors);
    }

    @Test
    void everyThemeDefinesEveryLookedUpColour() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path sheet : stylesheets()) {
            Matcher matcher = USE.matcher(withoutComments(sheet));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertFalse(used.isEmpty());
        Set<String> base = definitions(THEMES.resolve("base.css"));
        for (String theme : THEME_FILES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(definitions(THEMES.resolve(theme)));
            missing.removeAll(base);
            assertEquals(Set.of(), missing, theme + " lacks colours that stylesheets look up");
        }
    }

    private static Set<String> definitions(Path sheet) throws IOException {
        Set<String> defined = new TreeSet<>();
        Matcher matcher = DEFINITION.matcher(withoutComments(sheet));
        while (matcher.find()) {
            defined.add(matcher.group(1));
        }
        return defined;
    }
}
