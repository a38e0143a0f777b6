package org.leaklab.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.io.BackedUpFile;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;

/**
 * Loads and saves {@link Preferences} as JSON in the configuration folder, with generations of
 * backups ({@link BackedUpFile}). A broken file never stops the app: it is kept aside and its
 * newest good backup is used (and put in its place); only without one are the defaults used.
 * Either way the {@link LoadResult} says what happened, as a typed {@link FileProblem}.
 */
public final class PreferencesStore {
    /** The preferences file's name in the configuration folder. */
    public static final String FILE_NAME = "preferences.json";
    /** How many earlier versions are kept: settings change often, and each version is small. */
    static final int GENERATIONS = 3;
    private static final long MAX_BYTES = 64 * 1024;

    private final BackedUpFile<Preferences> file;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().setStrictness(Strictness.STRICT)
            .serializeSpecialFloatingPointValues().create();

    public PreferencesStore(Path configFolder) {
        this(configFolder, Clock.systemDefaultZone());
    }

    /** A store with its own clock, for tests of what is reported when. */
    PreferencesStore(Path configFolder, Clock clock) {
        this.file = new BackedUpFile<>(configFolder.resolve(FILE_NAME), GENERATIONS, MAX_BYTES, this::parse, clock);
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file.file();
    }

    /**
     * The outcome of loading: the preferences to use and, if the file was broken or unreadable,
     * what happened ({@link FileProblem.Kind#RESTORED}: a backup is in use; otherwise the defaults).
     */
    public record LoadResult(Preferences preferences, Optional<FileProblem> problem) {
        public LoadResult {
            Objects.requireNonNull(preferences);
            Objects.requireNonNull(problem);
        }
    }

    /** Reads the preferences; never throws. */
    public LoadResult load() {
        try {
            BackedUpFile.Read<Preferences> read = file.read();
            return new LoadResult(read.content().orElse(Preferences.defaults()), read.problem());
        } catch (FileProblemException e) {
            return new LoadResult(Preferences.defaults(), Optional.of(e.problem()));
        }
    }

    /**
     * Writes the preferences atomically, keeping the version they replace as a backup.
     *
     * @throws FileProblemException if they cannot be written
     */
    public void save(Preferences preferences) throws IOException {
        String text = gson.toJson(preferences);
        file.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The preferences in {@code text}; throws on anything that is not a preferences object. */
    private Preferences parse(String text) {
        Preferences loaded = gson.fromJson(text, Preferences.class);
        if (loaded == null) {
            throw new IllegalArgumentException("empty");
        }
        return loaded;
    }
}
