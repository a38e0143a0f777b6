package org.leaklab.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet parses without an error, and every looked-up colour a stylesheet uses is
 * defined by each of the three themes. JavaFX only logs both kinds of mistake at run time and
 * then silently drops the rule, so without this test a broken theme would go unnoticed.
 */
class StylesheetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path THEMES = RESOURCES.resolve("org/leaklab/ui/theme");
    /** The class network's phone page: a browser's stylesheet, not JavaFX's (PhoneBrowserTest shows it). */
    private static final Path PHONE_PAGE = RESOURCES.resolve("org/leaklab/classroom/web/phone");
    private static final Pattern DEFINITION = Pattern.compile("(-ll-[a-z0-9-]+)\\s*:");
    private static final Pattern USE = Pattern.compile(":[^;{}]*?(-ll-[a-z0-9-]+)|,\\s*(-ll-[a-z0-9-]+)");

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets = stylesheets();
        assertFalse(sheets.isEmpty());
        List<String> errors = new ArrayList<>();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            CssParser.errorsProperty().forEach(error -> errors.add(error.toString()));
        }
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors);
    }

    @Test
    void everyColourUsedIsDefinedByEveryTheme() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String theme : List.of("light.css", "dark.css", "high-contrast.css")) {
            String themeCss = Files.readString(THEMES.resolve(theme));
            List<String> defined = new ArrayList<>();
            Matcher definitions = DEFINITION.matcher(themeCss);
            while (definitions.find()) {
                defined.add(definitions.group(1));
            }
            for (Path sheet : stylesheets()) {
                Matcher uses = USE.matcher(stripComments(Files.readString(sheet)));
                while (uses.find()) {
                    String name = uses.group(1) != null ? uses.group(1) : uses.group(2);
                    if (!defined.contains(name)) {
                        missing.add(theme + " lacks " + name + " (used in " + sheet.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".css") && !f.startsWith(PHONE_PAGE)).sorted().toList();
        }
    }
}
