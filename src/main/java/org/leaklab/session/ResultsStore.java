package org.leaklab.session;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.io.BackedUpFile;
import org.leaklab.io.FileProblem;
import org.leaklab.io.FileProblemException;

/**
 * Keeps every class session in one JSON file in LeakLab's data folder, with generations of
 * backups ({@link BackedUpFile}): each change is written atomically, the version it replaces
 * becomes {@code results.json.1}, and a file that cannot be understood is replaced by its newest
 * good backup (the damaged file is kept aside) and reported in the {@link Outcome}.
 *
 * <p>A session that cannot be saved is not dropped: it stays in memory ({@link #unsaved()}), is
 * written with the next save that works, and can be saved elsewhere ({@link #saveElsewhere}).
 * Listeners hear of every change in that state ({@link #addSaveListener}). Problems are typed
 * ({@link FileProblem}, thrown as {@link FileProblemException}), never English detail strings.
 * Methods are synchronized and do file I/O: call them off the JavaFX thread.
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

    private final BackedUpFile<List<ClassSession>> file;
    private final UnaryOperator<OutputStream> streamDecorator;
    private final Clock clock;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    /** Sessions whose last save failed, by id, oldest first: written with the next save that works. */
    private final LinkedHashMap<String, ClassSession> unsaved = new LinkedHashMap<>();
    /** The version of each unsaved session that was last saved elsewhere: those are not at risk. */
    private final java.util.Map<String, ClassSession> savedElsewhere = new java.util.HashMap<>();
    /** Why the last write failed; empty once one worked. */
    private FileProblem saveProblem;
    private final List<Consumer<SaveState>> listeners = new CopyOnWriteArrayList<>();

    /** A store in {@code dataFolder} (see {@code AppDirectories#data()}). */
    public ResultsStore(Path dataFolder) {
        this(dataFolder, UnaryOperator.identity(), Clock.systemDefaultZone());
    }

    /** A store whose writes pass through {@code streamDecorator}: the seam tests use to simulate a crash. */
    ResultsStore(Path dataFolder, UnaryOperator<OutputStream> streamDecorator) {
        this(dataFolder, streamDecorator, Clock.systemDefaultZone());
    }

    /** A store with its own clock, for tests of what is reported when. */
    ResultsStore(Path dataFolder, UnaryOperator<OutputStream> streamDecorator, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.file = new BackedUpFile<>(dataFolder.resolve(FILE_NAME), BackedUpFile.DEFAULT_GENERATIONS, MAX_BYTES,
                ResultsStore::parse, clock);
        this.streamDecorator = Objects.requireNonNull(streamDecorator);
    }

    /**
     * The sessions after an operation, oldest first, and what was wrong with the file, if anything.
     *
     * @param sessions the sessions, the saved ones and those only in memory ({@code unsavedIds})
     * @param problem  a damaged file that was healed from a backup or kept aside, or a file that
     *                 could not be read at all, during this operation
     * @param unsavedIds the sessions that are only in memory because saving them failed
     */
    public record Outcome(List<ClassSession> sessions, Optional<FileProblem> problem, Set<String> unsavedIds) {
        public Outcome {
            sessions = List.copyOf(sessions);
            Objects.requireNonNull(problem);
            unsavedIds = Set.copyOf(unsavedIds);
        }

        public Outcome(List<ClassSession> sessions, Optional<FileProblem> problem) {
            this(sessions, problem, Set.of());
        }
    }

    /**
     * Whether the results are safe on disk: the problem of the last write (empty once a write
     * worked) and the sessions that are only in memory.
     */
    public record SaveState(Optional<FileProblem> problem, List<ClassSession> unsaved) {
        public SaveState {
            Objects.requireNonNull(problem);
            unsaved = List.copyOf(unsaved);
        }

        /** True when every session is saved in the data folder. */
        public boolean isSafe() {
            return unsaved.isEmpty();
        }
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file.file();
    }

    /** The backups of the file that exist, newest first. */
    public List<Path> backups() throws IOException {
        return file.backups();
    }

    /**
     * Deletes the temporary files an interrupted write left in the data folder. Call once at start,
     * before anything else writes there.
     *
     * @return the files removed
     */
    public synchronized List<Path> removeLeftovers() throws IOException {
        return AtomicFileWriter.removeLeftovers(file().getParent());
    }

    /** Calls {@code listener} (on the thread that saved) whenever the {@link SaveState} changes. */
    public void addSaveListener(Consumer<SaveState> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Stops calling {@code listener} (a view that closes, such as presenter mode). */
    public void removeSaveListener(Consumer<SaveState> listener) {
        listeners.remove(listener);
    }

    /** Whether everything is saved, and if not, why and what is only in memory. */
    public synchronized SaveState saveState() {
        return new SaveState(Optional.ofNullable(saveProblem), List.copyOf(unsaved.values()));
    }

    /** The sessions that could not be saved and are only in memory, oldest first. */
    public synchronized List<ClassSession> unsaved() {
        return List.copyOf(unsaved.values());
    }

    /**
     * The unsaved sessions that would be lost on quitting: those not saved elsewhere since they
     * last changed.
     */
    public synchronized List<ClassSession> atRisk() {
        return unsaved.values().stream().filter(s -> !s.equals(savedElsewhere.get(s.id()))).toList();
    }

    /**
     * Reads every saved session, and adds those only in memory. A damaged file is replaced by its
     * newest good backup, or kept aside if there is none; either is reported. A file that cannot
     * be read at all is left alone and reported too.
     */
    public synchronized Outcome load() throws IOException {
        try {
            BackedUpFile.Read<List<ClassSession>> read = file.read();
            return new Outcome(withUnsaved(read.content().orElse(List.of())), read.problem(), unsaved.keySet());
        } catch (FileProblemException e) {
            return new Outcome(withUnsaved(List.of()), Optional.of(e.problem()), unsaved.keySet());
        }
    }

    /**
     * Saves {@code session}, replacing a saved one with the same id, together with any session a
     * failed save left in memory. If it fails, the session stays in memory ({@link #unsaved()}).
     *
     * @throws FileProblemException if the file cannot be read or written
     */
    public synchronized Outcome save(ClassSession session) throws IOException {
        unsaved.remove(session.id());
        unsaved.put(session.id(), session);
        return writeWith(sessions -> true);
    }

    /** Deletes the session with {@code sessionId}, saved or only in memory; nothing happens if there is none. */
    public synchronized Outcome delete(String sessionId) throws IOException {
        boolean wasUnsaved = unsaved.remove(sessionId) != null;
        savedElsewhere.remove(sessionId);
        if (wasUnsaved && unsaved.isEmpty()) {
            notifyListeners(); // nothing is at risk any more, even if the file cannot be written
        }
        return writeWith(sessions -> sessions.removeIf(s -> s.id().equals(sessionId)));
    }

    /**
     * Writes every session (the saved ones that can be read and those only in memory) to
     * {@code target}, a results file of the same format: copied into a data folder as
     * {@value #FILE_NAME}, it is read like the original. The sessions stay in memory until they
     * are saved in the data folder.
     *
     * @return how many sessions were written
     * @throws FileProblemException if {@code target} cannot be written
     */
    public synchronized int saveElsewhere(Path target) throws IOException {
        List<ClassSession> sessions = load().sessions();
        try {
            AtomicFileWriter.write(target, gson.toJson(toJson(sessions)));
        } catch (IOException | SecurityException e) {
            throw new FileProblemException(FileProblem.writeFailure(target, e, clock.instant()), e);
        }
        savedElsewhere.putAll(unsaved);
        return sessions.size();
    }

    /**
     * Reads the file, applies {@code change} and writes it with the unsaved sessions, if
     * {@code change} changed anything or there are unsaved sessions.
     */
    /** The file name offered for results saved elsewhere: {@code leaklab-results-2024-03-05.json}. */
    public static String suggestedElsewhereName(java.time.LocalDate day) {
        return "leaklab-results-" + day + ".json";
    }

    private Outcome writeWith(Predicate<List<ClassSession>> change) throws IOException {
        BackedUpFile.Read<List<ClassSession>> read;
        try {
            read = file.read();
        } catch (FileProblemException e) {
            failed(e.problem());
            throw e;
        }
        List<ClassSession> sessions = new ArrayList<>(read.content().orElse(List.of()));
        if (!change.test(sessions) && unsaved.isEmpty()) {
            return new Outcome(sessions, read.problem());
        }
        sessions = withUnsaved(sessions);
        try {
            write(sessions);
        } catch (FileProblemException e) {
            failed(e.problem());
            throw e;
        }
        boolean stateChanged = saveProblem != null || !unsaved.isEmpty();
        saveProblem = null;
        unsaved.clear();
        savedElsewhere.clear();
        if (stateChanged) {
            notifyListeners();
        }
        return new Outcome(sessions, read.problem());
    }

    private void failed(FileProblem problem) {
        saveProblem = problem;
        notifyListeners();
    }

    private void notifyListeners() {
        SaveState state = saveState();
        for (Consumer<SaveState> listener : listeners) {
            listener.accept(state);
        }
    }

    /** {@code saved} with the sessions only in memory, each replacing a saved one with its id. */
    private List<ClassSession> withUnsaved(List<ClassSession> saved) {
        List<ClassSession> sessions = new ArrayList<>(saved);
        for (ClassSession session : unsaved.values()) {
            sessions.removeIf(s -> s.id().equals(session.id()));
            sessions.add(session);
        }
        return sessions;
    }

    private void write(List<ClassSession> sessions) throws FileProblemException {
        String text = gson.toJson(toJson(sessions));
        file.write(out -> {
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
        JsonObject root = Json.document(text, FORMAT, VERSION, "session.format.notResults");
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
        Instant startedAt = Json.instant(json, "startedAt", path);
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
                    throw new ResultsFormatException(answerPath, "session.format.invalid", String.valueOf(e.getMessage()));
                }
            }
            try {
                rounds.add(new ClassSession.Round(scenarioId, answers));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException(roundPath, "session.format.invalid", String.valueOf(e.getMessage()));
            }
        }
        try {
            return new ClassSession(id, startedAt, caseId, teams, rounds);
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(path, "session.format.invalid", String.valueOf(e.getMessage()));
        }
    }

}
