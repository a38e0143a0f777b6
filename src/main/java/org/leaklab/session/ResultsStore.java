package org.leaklab.session;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.leaklab.io.AtomicFileWriter;

/**
 * Keeps every class session in one JSON file in LeakLab's data folder. Each change is written
 * atomically through {@link AtomicFileWriter} (temporary file, fsync, atomic move, the previous
 * version kept as {@code results.json.bak}). A file that cannot be understood is never
 * overwritten: it is moved aside as {@code results.json.corrupt-TIMESTAMP} and reported in the
 * {@link Outcome}, and the store starts afresh. Methods are synchronized and do file I/O: call
 * them off the JavaFX thread.
 */
public final class ResultsStore {
    /** The results file's name in the data folder. */
    public static final String FILE_NAME = "results.json";
    /** Marks the file as LeakLab's, so a stray JSON file is not mistaken for results. */
    static final String FORMAT = "leaklab-class-results";
    /** The version of the file format this code writes and reads. */
    public static final int VERSION = 1;
    /** Larger files are not read: years of lessons fit in a fraction of this. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final UnaryOperator<OutputStream> streamDecorator;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A store in {@code dataFolder} (see {@code AppDirectories#data()}). */
    public ResultsStore(Path dataFolder) {
        this(dataFolder, UnaryOperator.identity());
    }

    /** A store whose writes pass through {@code streamDecorator}: the seam tests use to simulate a crash. */
    ResultsStore(Path dataFolder, UnaryOperator<OutputStream> streamDecorator) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.streamDecorator = Objects.requireNonNull(streamDecorator);
    }

    /** A problem with the results file: what was wrong, and where the file was kept. */
    public record Problem(Path file, String detail, Path keptAs) {
    }

    /**
     * The sessions after an operation, oldest first, and the problem found on the way, if any.
     *
     * @param sessions the saved sessions
     * @param problem  a corrupt file that was moved aside during this operation
     */
    public record Outcome(List<ClassSession> sessions, Optional<Problem> problem) {
        public Outcome {
            sessions = List.copyOf(sessions);
            Objects.requireNonNull(problem);
        }
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /**
     * Deletes the temporary files an interrupted write left in the data folder. Call once at start,
     * before anything else writes there.
     *
     * @return the files removed
     */
    public synchronized List<Path> removeLeftovers() throws IOException {
        return AtomicFileWriter.removeLeftovers(file.getParent());
    }

    /**
     * Reads every saved session. A corrupt file is moved aside and reported, and no sessions are
     * returned from it.
     *
     * @throws IOException if the file exists but cannot be read at all (it is left alone)
     */
    public synchronized Outcome load() throws IOException {
        if (!Files.exists(file)) {
            return new Outcome(List.of(), Optional.empty());
        }
        String detail;
        if (Files.size(file) > MAX_BYTES) {
            detail = "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB";
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                return new Outcome(parse(text), Optional.empty());
            } catch (ResultsFormatException e) {
                detail = e.getMessage();
            } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
                detail = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return new Outcome(List.of(), Optional.of(new Problem(file, detail, moveAside())));
    }

    /** Saves {@code session}, replacing a saved one with the same id. */
    public synchronized Outcome save(ClassSession session) throws IOException {
        Outcome current = load();
        List<ClassSession> sessions = new ArrayList<>(current.sessions());
        sessions.removeIf(s -> s.id().equals(session.id()));
        sessions.add(session);
        write(sessions);
        return new Outcome(sessions, current.problem());
    }

    /** Deletes the session with {@code sessionId}; nothing happens if there is none. */
    public synchronized Outcome delete(String sessionId) throws IOException {
        Outcome current = load();
        List<ClassSession> sessions = new ArrayList<>(current.sessions());
        if (sessions.removeIf(s -> s.id().equals(sessionId))) {
            write(sessions);
        }
        return new Outcome(sessions, current.problem());
    }

    private void write(List<ClassSession> sessions) throws IOException {
        String text = gson.toJson(toJson(sessions));
        AtomicFileWriter.write(file, out -> {
            OutputStream decorated = streamDecorator.apply(out);
            Writer writer = new OutputStreamWriter(decorated, StandardCharsets.UTF_8);
            writer.write(text);
            writer.flush();
        });
    }

    /** The whole file as JSON. */
    static JsonObject toJson(List<ClassSession> sessions) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray array = new JsonArray();
        for (ClassSession session : sessions) {
            array.add(toJson(session));
        }
        root.add("sessions", array);
        return root;
    }

    private static JsonObject toJson(ClassSession session) {
        JsonObject json = new JsonObject();
        json.addProperty("id", session.id());
        json.addProperty("startedAt", session.startedAt().toString());
        json.addProperty("caseId", session.caseId());
        JsonArray teams = new JsonArray();
        session.teams().forEach(teams::add);
        json.add("teams", teams);
        JsonArray rounds = new JsonArray();
        for (ClassSession.Round round : session.rounds()) {
            JsonObject r = new JsonObject();
            r.addProperty("scenarioId", round.scenarioId());
            JsonArray answers = new JsonArray();
            for (ClassSession.TeamAnswer answer : round.answers()) {
                JsonObject a = new JsonObject();
                a.addProperty("team", answer.team());
                a.addProperty("score", answer.score());
                a.add("answer", AnswerJson.write(answer.answer()));
                answers.add(a);
            }
            r.add("answers", answers);
            rounds.add(r);
        }
        json.add("rounds", rounds);
        return json;
    }

    /** Reads the whole file; every problem names its JSON path. */
    static List<ClassSession> parse(String text) throws ResultsFormatException {
        JsonElement rootElement;
        try (Reader reader = new StringReader(text)) {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            rootElement = JsonParser.parseReader(json);
            if (json.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new ResultsFormatException("$: text after the end of the JSON document");
            }
        } catch (IOException e) {
            throw new ResultsFormatException("$: " + firstLine(String.valueOf(e.getMessage())));
        }
        JsonObject root = Json.object(rootElement, "$");
        if (!FORMAT.equals(optionalString(root, "format"))) {
            throw new ResultsFormatException("$.format: not a LeakLab results file");
        }
        double version = Json.number(root, "version", "$");
        if (version != VERSION) {
            throw new ResultsFormatException("$.version: format version " + root.get("version")
                    + " is not supported (this LeakLab reads version " + VERSION + ")");
        }
        JsonArray array = Json.array(root, "sessions", "$");
        List<ClassSession> sessions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            sessions.add(parseSession(array.get(i), "$.sessions[" + i + "]"));
        }
        return sessions;
    }

    private static ClassSession parseSession(JsonElement element, String path) throws ResultsFormatException {
        JsonObject json = Json.object(element, path);
        String id = Json.string(json, "id", path);
        Instant startedAt;
        try {
            startedAt = Instant.parse(Json.string(json, "startedAt", path));
        } catch (DateTimeParseException e) {
            throw new ResultsFormatException(path + ".startedAt: not an ISO-8601 instant");
        }
        String caseId = Json.string(json, "caseId", path);
        List<String> teams = Json.strings(json, "teams", path);
        JsonArray roundArray = Json.array(json, "rounds", path);
        List<ClassSession.Round> rounds = new ArrayList<>();
        for (int r = 0; r < roundArray.size(); r++) {
            String roundPath = path + ".rounds[" + r + "]";
            JsonObject round = Json.object(roundArray.get(r), roundPath);
            String scenarioId = Json.string(round, "scenarioId", roundPath);
            JsonArray answerArray = Json.array(round, "answers", roundPath);
            List<ClassSession.TeamAnswer> answers = new ArrayList<>();
            for (int a = 0; a < answerArray.size(); a++) {
                String answerPath = roundPath + ".answers[" + a + "]";
                JsonObject answer = Json.object(answerArray.get(a), answerPath);
                try {
                    answers.add(new ClassSession.TeamAnswer(Json.string(answer, "team", answerPath),
                            AnswerJson.read(answer.get("answer"), answerPath + ".answer"),
                            Json.number(answer, "score", answerPath)));
                } catch (IllegalArgumentException e) {
                    throw new ResultsFormatException(answerPath + ": " + e.getMessage());
                }
            }
            try {
                rounds.add(new ClassSession.Round(scenarioId, answers));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException(roundPath + ": " + e.getMessage());
            }
        }
        try {
            return new ClassSession(id, startedAt, caseId, teams, rounds);
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(path + ": " + e.getMessage());
        }
    }

    private static String optionalString(JsonObject json, String field) {
        JsonElement element = json.get(field);
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    /** Moves the unreadable file out of the way, to a name no later move overwrites. */
    private Path moveAside() throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path keptAs = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(keptAs); n++) {
            keptAs = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + n);
        }
        Files.move(file, keptAs);
        return keptAs;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
