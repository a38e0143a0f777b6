package org.leaklab.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Packages and what goes where" table of docs/ARCHITECTURE.md, read as the rules it states.
 *
 * <p>Every row whose first cell names packages in backticks ({@code `org.leaklab.model`}, several
 * separated by commas, or {@code `org.leaklab.ui.*`} for every package under {@code ui} without a
 * row of its own) says in
 * its last cell what that package may use: each name in backticks is a package of
 * {@code org.leaklab} ({@code `model`}, {@code `ui.common`}, {@code `ui.*`} for every package under
 * {@code ui}, {@code `*`} for all of them) or one of the libraries in {@link #LIBRARIES}. A package
 * may always use itself and the JDK's {@code java.*} and {@code javax.*}. Words without backticks
 * ("never app") are for the reader and are not read.
 */
final class MayUseTable {
    static final String ROOT = "org.leaklab";

    /** The libraries the table may name, and the Java packages each stands for. */
    static final Map<String, String> LIBRARIES = Map.of(
            "JavaFX", "javafx",
            "ControlsFX", "org.controlsfx",
            "Gson", "com.google.gson",
            "CommonMark", "org.commonmark",
            "jdk.httpserver", "com.sun.net.httpserver",
            "qrcodegen", "io.nayuki.qrcodegen");

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(`org\\.leaklab[^|]*)\\|(.*)\\|\\s*$");
    private static final Pattern KEY = Pattern.compile("`(org\\.leaklab[a-z0-9.]*(?:\\.\\*)?)`");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    /** Row key (a package, or a prefix ending in ".*") to the prefixes it may use. */
    private final Map<String, List<String>> rows;

    private MayUseTable(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    /**
     * Reads the table from the text of the architecture document.
     *
     * @throws IllegalArgumentException naming the row and the name when a name is neither a
     *                                  library nor a package of {@code org.leaklab}
     */
    static MayUseTable parse(String markdown) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            String[] cells = row.group(2).split("\\|");
            String mayUse = cells[cells.length - 1];
            // One row may stand for several packages: `org.leaklab.ui.ranking`, `org.leaklab.ui.estimate` ...
            Matcher key = KEY.matcher(row.group(1));
            while (key.find()) {
                List<String> allowed = new ArrayList<>();
                Matcher name = NAME.matcher(mayUse);
                while (name.find()) {
                    allowed.add(prefixOf(key.group(1), name.group(1)));
                }
                if (rows.put(key.group(1), allowed) != null) {
                    throw new IllegalArgumentException("The table has two rows for " + key.group(1));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No row of the form | `org.leaklab...` | ... | ... | found");
        }
        return new MayUseTable(rows);
    }

    private static String prefixOf(String row, String name) {
        if (LIBRARIES.containsKey(name)) {
            return LIBRARIES.get(name) + ".*";
        }
        if (name.equals("*")) {
            return ROOT + ".*";
        }
        if (!name.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*(\\.\\*)?")) {
            throw new IllegalArgumentException("Row " + row + " names `" + name
                    + "`, which is neither a package of " + ROOT + " nor one of the libraries " + LIBRARIES.keySet());
        }
        return ROOT + "." + name;
    }

    /** The row that governs a package: its own, else the closest wildcard row above it. */
    Optional<String> rowOf(String javaPackage) {
        if (rows.containsKey(javaPackage)) {
            return Optional.of(javaPackage);
        }
        return rows.keySet().stream()
                .filter(key -> key.endsWith(".*") && javaPackage.startsWith(key.substring(0, key.length() - 1)))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** Every package of {@code org.leaklab} a "may use" cell names (wildcards as their base). */
    Set<String> namedPackages() {
        Set<String> named = new TreeSet<>();
        rows.values().forEach(list -> list.stream().filter(prefix -> prefix.startsWith(ROOT + "."))
                .map(prefix -> prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2) : prefix)
                .forEach(named::add));
        return named;
    }

    /** The row keys, in the order of the document. */
    List<String> keys() {
        return List.copyOf(rows.keySet());
    }

    /** Whether a class in {@code from} may use a class in {@code to}, by the table. */
    boolean allows(String from, String to) {
        if (from.equals(to) || to.startsWith("java.") || to.startsWith("javax.")) {
            return true;
        }
        return rowOf(from).map(rows::get).orElse(List.of()).stream().anyMatch(prefix -> covers(prefix, to));
    }

    private static boolean covers(String prefix, String javaPackage) {
        if (prefix.endsWith(".*")) {
            String base = prefix.substring(0, prefix.length() - 2);
            return javaPackage.equals(base) || javaPackage.startsWith(base + ".");
        }
        return javaPackage.equals(prefix);
    }
}
