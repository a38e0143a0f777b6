package org.leaklab.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.leaklab.io.AtomicFileWriter;

/**
 * Loads and saves {@link Preferences} as JSON in the configuration folder. A broken file never
 * stops the app: it is moved aside (so nothing is lost) and the defaults are used.
 */
public final class PreferencesStore {
    /** The preferences file's name in the configuration folder. */
    public static final String FILE_NAME = "preferences.json";
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().setStrictness(Strictness.STRICT)
            .serializeSpecialFloatingPointValues().create();

    public PreferencesStore(Path configFolder) {
        this.file = configFolder.resolve(FILE_NAME);
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /** The outcome of loading: the preferences to use and, if the file was broken, what happened. */
    public record LoadResult(Preferences preferences, Optional<Problem> problem) {
    }

    /** A problem with the preferences file: what was wrong and where the broken file was kept. */
    public record Problem(Path file, String detail, Path keptAs) {
    }

    /** Reads the preferences; never throws. */
    public LoadResult load() {
        if (!Files.exists(file)) {
            return new LoadResult(Preferences.defaults(), Optional.empty());
        }
        String detail;
        try {
            if (Files.size(file) > MAX_BYTES) {
                detail = "file is larger than " + MAX_BYTES + " bytes";
            } else {
                Preferences loaded = gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), Preferences.class);
                if (loaded != null) {
                    return new LoadResult(loaded, Optional.empty());
                }
                detail = "file is empty";
            }
        } catch (JsonParseException | IOException | IllegalArgumentException e) {
            detail = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new LoadResult(Preferences.defaults(), Optional.of(new Problem(file, detail, moveAside())));
    }

    /** Writes the preferences atomically. */
    public void save(Preferences preferences) throws IOException {
        AtomicFileWriter.write(file, gson.toJson(preferences));
    }

    private Path moveAside() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path keptAs = file.resolveSibling(FILE_NAME + ".broken-" + stamp);
        try {
            Files.move(file, keptAs, StandardCopyOption.REPLACE_EXISTING);
            return keptAs;
        } catch (IOException e) {
            return file;
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
