package org.leaklab.session;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.io.BackedUpFile;
import org.leaklab.io.FileProblem;
import org.leaklab.model.Answer;

/**
 * Keeps the students' play-throughs in progress ({@link PlayProgress}, one per case) in
 * {@code progress.json} in LeakLab's data folder, so that a case can be continued after leaving
 * it, a restart or a crash. Every write goes through {@link AtomicFileWriter} (temporary file,
 * fsync, atomic move) and keeps generations of backups ({@link BackedUpFile}, as the class results
 * do). A file that cannot be understood is never overwritten: it is kept aside, its newest good
 * backup takes its place, and the {@link Outcome} says what happened. Methods are
 * synchronized and do file I/O: call them off the JavaFX thread.
 */
public final class PlayProgressStore {
    /** The progress file's name in the data folder. */
    public static final String FILE_NAME = "progress.json";
    /** Marks the file as LeakLab's progress, so no other JSON file is mistaken for it. */
    static final String FORMAT = "leaklab-play-progress";
    /** The version of the file format this code writes and reads. */
    public static final int VERSION = 1;
    /** Larger files are not read: a dozen cases in progress fit in a few kilobytes. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path file;
    /** The file with its generations of backups: a damaged one heals from the newest good backup. */
    private final BackedUpFile<Map<String, PlayProgress>> stored;

    /** A store in {@code dataFolder} (see {@code AppDirectories#data()}). */
    public PlayProgressStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.stored = new BackedUpFile<>(file, MAX_BYTES, PlayProgressStore::parse);
    }

    /**
     * A progress file that could not be read.
     *
     * @param file         the file
     * @param detail       what was done: the {@link FileProblem.Kind}'s name (RESTORED, DAMAGED)
     * @param keptAs       where the unreadable file was moved
     * @param restoredFrom the backup whose play-throughs were used instead, if one could be read
     */
    public record Problem(Path file, String detail, Path keptAs, Optional<Path> restoredFrom) {
        public Problem {
            Objects.requireNonNull(file);
            Objects.requireNonNull(detail);
            Objects.requireNonNull(keptAs);
            Objects.requireNonNull(restoredFrom);
        }
    }

    /**
     * The play-throughs after an operation, by case id, and the problem found on the way.
     *
     * @param plays   the saved play-throughs
     * @param problem an unreadable file that was moved aside during this operation
     */
    public record Outcome(Map<String, PlayProgress> plays, Optional<Problem> problem) {
        public Outcome {
            plays = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plays));
            Objects.requireNonNull(problem);
        }
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /**
     * Reads every saved play-through. An unreadable file is moved aside and reported; its backup
     * is used instead when that one can be read.
     *
     * @throws IOException if the file exists but cannot be read at all (it is left alone)
     */
    public synchronized Outcome load() throws IOException {
        BackedUpFile.Read<Map<String, PlayProgress>> read = stored.read();
        Map<String, PlayProgress> plays = read.content().orElse(Map.of());
        return new Outcome(plays, read.problem().map(problem -> new Problem(file, problem.kind().name(),
                problem.keptAs().orElse(file), problem.kind() == FileProblem.Kind.RESTORED
                        ? Optional.of(file) : Optional.empty())));
    }

    /** Saves {@code progress}, replacing the saved play-through of the same case. */
    public synchronized Outcome save(PlayProgress progress) throws IOException {
        Objects.requireNonNull(progress);
        Outcome current = load();
        Map<String, PlayProgress> plays = new LinkedHashMap<>(current.plays());
        plays.remove(progress.caseId());
        plays.put(progress.caseId(), progress);
        write(plays.values());
        return new Outcome(plays, current.problem());
    }

    /** Forgets the play-through of {@code caseId}; nothing happens if there is none. */
    public synchronized Outcome delete(String caseId) throws IOException {
        Outcome current = load();
        Map<String, PlayProgress> plays = new LinkedHashMap<>(current.plays());
        if (plays.remove(caseId) != null) {
            write(plays.values());
        }
        return new Outcome(plays, current.problem());
    }

    /**
     * Writes {@code plays} to {@code target}, a file of the user's choosing, in the same format:
     * when the data folder cannot be written, the work can still be kept elsewhere.
     */
    public static void export(Path target, Collection<PlayProgress> plays) throws IOException {
        AtomicFileWriter.write(target, toText(plays));
    }

    /** Reads a progress file written by this store or by {@link #export}. */
    public static Map<String, PlayProgress> read(Path source) throws IOException, ResultsFormatException {
        if (Files.size(source) > MAX_BYTES) {
            throw new ResultsFormatException("$", "session.format.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        return parse(Files.readString(source, StandardCharsets.UTF_8));
    }

    private void write(Collection<PlayProgress> plays) throws IOException {
        String text = toText(plays);
        stored.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String toText(Collection<PlayProgress> plays) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray array = new JsonArray();
        for (PlayProgress play : plays) {
            array.add(toJson(play));
        }
        root.add("plays", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonObject toJson(PlayProgress play) {
        JsonObject json = new JsonObject();
        json.addProperty("caseId", play.caseId());
        json.addProperty("savedAt", play.savedAt().toString());
        json.addProperty("step", play.step());
        // As a string: a JSON number is a double and would round a 64-bit seed.
        play.seed().ifPresent(seed -> json.addProperty("seed", Long.toString(seed)));
        json.add("answers", toJson(play.answers()));
        json.add("drafts", toJson(play.drafts()));
        return json;
    }

    private static JsonArray toJson(Map<String, Answer> answers) {
        JsonArray array = new JsonArray();
        answers.forEach((scenarioId, answer) -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("scenarioId", scenarioId);
            entry.add("answer", AnswerJson.write(answer));
            array.add(entry);
        });
        return array;
    }

    /** Reads the whole file; every problem names its JSON path. */
    static Map<String, PlayProgress> parse(String text) throws ResultsFormatException {
        JsonObject root = Json.document(text, FORMAT, VERSION, "session.format.notProgress");
        JsonArray array = Json.array(root, "plays", "$");
        Map<String, PlayProgress> plays = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            PlayProgress play = parsePlay(array.get(i), "$.plays[" + i + "]");
            plays.put(play.caseId(), play);
        }
        return plays;
    }

    private static PlayProgress parsePlay(JsonElement element, String path) throws ResultsFormatException {
        JsonObject json = Json.object(element, path);
        String caseId = Json.string(json, "caseId", path);
        Instant savedAt = Json.instant(json, "savedAt", path);
        double step = Json.number(json, "step", path);
        if (step < 0 || step != Math.floor(step) || step > Integer.MAX_VALUE) {
            throw new ResultsFormatException(path + ".step", "session.format.step");
        }
        java.util.OptionalLong seed = java.util.OptionalLong.empty();
        if (json.has("seed")) {
            try {
                seed = java.util.OptionalLong.of(Long.parseLong(Json.string(json, "seed", path)));
            } catch (NumberFormatException e) {
                throw new ResultsFormatException(path + ".seed", "session.format.wholeNumber");
            }
        }
        return new PlayProgress(caseId, savedAt, (int) step, parseAnswers(json, "answers", path),
                parseAnswers(json, "drafts", path), seed);
    }

    private static Map<String, Answer> parseAnswers(JsonObject parent, String field, String path)
            throws ResultsFormatException {
        JsonArray array = Json.array(parent, field, path);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String entryPath = path + "." + field + "[" + i + "]";
            JsonObject entry = Json.object(array.get(i), entryPath);
            String scenarioId = Json.string(entry, "scenarioId", entryPath);
            try {
                answers.put(scenarioId, AnswerJson.read(entry.get("answer"), entryPath + ".answer"));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException(entryPath + ".answer", "session.format.invalid",
                        String.valueOf(e.getMessage()));
            }
        }
        return answers;
    }

    /** Moves the unreadable file out of the way, to a name no later move overwrites. */
}
