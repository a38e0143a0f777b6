package org.leaklab.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leaklab.model.Case;

/**
 * The case packs that ship with LeakLab, loaded from the module's resources, plus loading a pack
 * from a file the user opens. A jar or a jlink image cannot list a resource folder, so the
 * built-in packs are named in {@code assets/cases/index.txt}, one file name a line.
 */
public final class CaseLibrary {
    /** Resource folder of the built-in packs ({@code assets/cases} in the source tree). */
    public static final String CASES_RESOURCE = "/org/leaklab/assets/cases/";
    /** The index of built-in packs within {@link #CASES_RESOURCE}. */
    public static final String INDEX = "index.txt";
    /** Id of the Amazon 2018 case. */
    public static final String AMAZON_2018 = "amazon-2018";

    private final List<Case> cases;
    private final List<LoadResult> results;

    private CaseLibrary(List<Case> cases, List<LoadResult> results) {
        this.cases = List.copyOf(cases);
        this.results = List.copyOf(results);
    }

    /**
     * Loads every built-in pack. A pack that fails to load is left out and its problems are kept
     * in {@link #results()}; the tests make sure that never happens to a shipped pack.
     *
     * @throws UncheckedIOException if the index itself is missing, which means a broken build
     */
    public static CaseLibrary builtIn() {
        CasePackLoader loader = new CasePackLoader();
        List<Case> cases = new ArrayList<>();
        List<LoadResult> results = new ArrayList<>();
        for (String file : builtInFileNames()) {
            String resource = CASES_RESOURCE + file;
            LoadResult result;
            try (InputStream in = CaseLibrary.class.getResourceAsStream(resource)) {
                result = in == null
                        ? new LoadResult(resource, Optional.empty(), List.of(Problem.of(Problem.Severity.ERROR,
                                resource, "$", "content.notListed", INDEX)))
                        : loader.load(resource, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            results.add(result);
            result.caseData().ifPresent(cases::add);
        }
        return new CaseLibrary(cases, results);
    }

    /** The pack file names listed in the index, in order; blank lines and {@code #} comments skipped. */
    public static List<String> builtInFileNames() {
        String resource = CASES_RESOURCE + INDEX;
        InputStream in = CaseLibrary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + resource));
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(names);
    }

    /** Loads a pack the user chose, for File &gt; Open case pack. */
    public static LoadResult loadFile(Path file) {
        return new CasePackLoader().load(file);
    }

    /** The cases that loaded, in index order. */
    public List<Case> cases() {
        return cases;
    }

    /** One result per indexed pack, with its problems. */
    public List<LoadResult> results() {
        return results;
    }

    /** The case with {@code caseId}. */
    public Optional<Case> find(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    /**
     * The case with {@code caseId}.
     *
     * @throws IllegalStateException if it did not load, naming its problems
     */
    public Case require(String caseId) {
        return find(caseId).orElseThrow(() -> new IllegalStateException("no valid built-in case " + caseId + ": "
                + results.stream().flatMap(r -> r.problems().stream()).map(Problem::format).toList()));
    }
}
