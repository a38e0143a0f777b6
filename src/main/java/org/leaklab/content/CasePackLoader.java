package org.leaklab.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.leaklab.model.Case;

/**
 * Loads case packs: JSON files in the format of {@code docs/case-authoring.md}. Reading is
 * defensive, because packs may come from anyone: a size cap, strict JSON, a nesting limit and a
 * cap on reported problems bound time and memory, and every failure becomes a {@link Problem}
 * rather than an exception. Then every semantic rule is checked and all problems are reported
 * together, each with its JSON path.
 */
public final class CasePackLoader {
    /** Largest pack read by default: 2 MiB, a hundred times the built-in pack. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    /** Deepest nesting read by default; the format itself needs 7 levels. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Most problems listed for one file. */
    public static final int MAX_PROBLEMS = 500;

    private final int maxBytes;
    private final int maxDepth;

    /** A loader with the default limits. */
    public CasePackLoader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /** A loader with other limits, for tests. */
    public CasePackLoader(int maxBytes, int maxDepth) {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** Loads the pack at {@code file}; the problems name the file as {@code file.toString()}. */
    public LoadResult load(Path file) {
        String name = file.toString();
        ProblemCollector problems = new ProblemCollector(name, MAX_PROBLEMS);
        try {
            if (Files.isDirectory(file)) {
                problems.error("$", "content.directory");
                return result(name, problems, Optional.empty());
            }
            if (Files.exists(file) && Files.size(file) > maxBytes) {
                problems.error("$", "content.fileSize", describeSize(maxBytes), describeSize(Files.size(file)));
                return result(name, problems, Optional.empty());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return load(name, in);
            }
        } catch (NoSuchFileException e) {
            problems.error("$", "content.noSuchFile");
        } catch (AccessDeniedException e) {
            problems.error("$", "content.noPermission");
        } catch (IOException | SecurityException e) {
            readError(problems, e);
        }
        return result(name, problems, Optional.empty());
    }

    /** Loads a pack from {@code in}, reading at most the size cap; does not close {@code in}. */
    public LoadResult load(String name, InputStream in) {
        Objects.requireNonNull(name, "name");
        ProblemCollector problems = new ProblemCollector(name, MAX_PROBLEMS);
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            readError(problems, e);
            return result(name, problems, Optional.empty());
        }
        if (bytes.length > maxBytes) {
            problems.error("$", "content.fileSizeLarger", describeSize(maxBytes));
            return result(name, problems, Optional.empty());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error("$", "content.notUtf8");
            return result(name, problems, Optional.empty());
        }
        return parse(name, text, problems);
    }

    /** Loads a pack from JSON text already in memory (the size cap applies to its UTF-8 length). */
    public LoadResult parse(String name, String json) {
        Objects.requireNonNull(name, "name");
        ProblemCollector problems = new ProblemCollector(name, MAX_PROBLEMS);
        if (json.length() > maxBytes || json.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            problems.error("$", "content.fileSizeLarger", describeSize(maxBytes));
            return result(name, problems, Optional.empty());
        }
        return parse(name, json, problems);
    }

    private LoadResult parse(String name, String text, ProblemCollector problems) {
        if (text.startsWith("\uFEFF")) {
            problems.warning("$", "content.byteOrderMark");
            text = text.substring(1);
        }
        try {
            JsonNode root = new JsonTreeReader(maxDepth, problems).read(text);
            if (root == null) {
                return result(name, problems, Optional.empty());
            }
            return result(name, problems, new CasePackReader(problems).read(root));
        } catch (RuntimeException | StackOverflowError e) {
            // A pack must never take the app down; this is the last line of defence.
            problems.error("$", "content.unhandled");
            return result(name, problems, Optional.empty());
        }
    }

    private static LoadResult result(String name, ProblemCollector problems, Optional<Case> caseData) {
        return new LoadResult(name, problems.errorCount() == 0 ? caseData : Optional.empty(), problems.result());
    }

    private static void readError(ProblemCollector problems, Exception e) {
        if (e.getMessage() == null) {
            problems.error("$", "content.readError");
        } else {
            problems.error("$", "content.readErrorBecause", e.getMessage());
        }
    }

    /** A size in bytes, KiB or MiB, with one decimal in the language's own way ("2.0 MiB", "2,0 MiB"). */
    private static Phrase describeSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return Phrase.of("content.size.mib", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return Phrase.of("content.size.kib", bytes / 1024.0);
        }
        return Phrase.of("content.size.bytes", String.valueOf(bytes));
    }
}
