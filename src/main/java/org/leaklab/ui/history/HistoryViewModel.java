package org.leaklab.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.image.Image;
import org.leaklab.i18n.Localizable;
import org.leaklab.io.AtomicFileWriter;
import org.leaklab.io.FileProblem;
import org.leaklab.model.Case;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.session.SessionCsv;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.common.PngWriter;
import org.leaklab.ui.play.PlayServices;

/**
 * The class history: every saved class session, newest first, with CSV export, a summary image
 * (leaderboard and per-scenario table) as PNG, and deletion of the selected one. Reading and writing run on the background executor; results come back on
 * the JavaFX thread.
 */
public final class HistoryViewModel {
    private final ResultsStore store;
    private final Function<String, Optional<Case>> cases;
    private final Localization localization;
    private final PlayServices services;
    private final ZoneId zone;
    private final java.util.function.Consumer<ClassSession> continueClass;

    private final ObservableList<ClassSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<ClassSession> readOnlySessions = FXCollections.unmodifiableObservableList(sessions);
    private final ObjectProperty<ClassSession> selected = new SimpleObjectProperty<>(this, "selected");
    /** What is wrong with the results file, rendered in the current language; null if nothing. */
    private final ObjectProperty<Localizable> problem = new SimpleObjectProperty<>(this, "problem");
    private final StringBinding problemText;
    private final ObservableSet<String> unsavedIds = FXCollections.observableSet();
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    /**
     * @param store        where sessions are kept
     * @param cases        finds a case by id, for titles and item names; empty for a case no longer installed
     * @param localization the current language
     * @param services     dialogs, status line and the executors
     * @param zone         the time zone dates are shown in
     */
    public HistoryViewModel(ResultsStore store, Function<String, Optional<Case>> cases, Localization localization,
                            PlayServices services, ZoneId zone) {
        this(store, cases, localization, services, zone, null);
    }

    /**
     * A history whose sessions can be continued.
     *
     * @param continueClass opens presenter mode with a session, to carry on where the class stopped;
     *                      null where that is not offered
     */
    public HistoryViewModel(ResultsStore store, Function<String, Optional<Case>> cases, Localization localization,
                            PlayServices services, ZoneId zone, java.util.function.Consumer<ClassSession> continueClass) {
        this.continueClass = continueClass;
        this.store = Objects.requireNonNull(store);
        this.cases = Objects.requireNonNull(cases);
        this.localization = Objects.requireNonNull(localization);
        this.services = Objects.requireNonNull(services);
        this.zone = Objects.requireNonNull(zone);
        this.problemText = Bindings.createStringBinding(
                () -> problem.get() == null ? "" : problem.get().in(localization.getLocale()),
                problem, localization.localeProperty());
    }

    /** The current language. */
    public Localization localization() {
        return localization;
    }

    /** Reads the saved sessions in the background. */
    public void load() {
        busy.set(true);
        services.background().execute(() -> {
            try {
                ResultsStore.Outcome outcome = store.load();
                ResultsStore.SaveState state = store.saveState();
                services.fxThread().execute(() -> apply(outcome, state));
            } catch (IOException | RuntimeException e) {
                FileProblem unreadable = FileProblems.of(e, store.file());
                services.fxThread().execute(() -> {
                    problem.set(FileProblems.describe(FileProblems.Subject.RESULTS, unreadable, zone));
                    busy.set(false);
                    loaded.set(true);
                });
            }
        });
    }

    private void apply(ResultsStore.Outcome outcome, ResultsStore.SaveState state) {
        String keep = selected.get() == null ? null : selected.get().id();
        List<ClassSession> newestFirst = new ArrayList<>(outcome.sessions());
        newestFirst.sort(Comparator.comparing(ClassSession::startedAt).reversed());
        sessions.setAll(newestFirst);
        selected.set(newestFirst.stream().filter(s -> s.id().equals(keep)).findFirst()
                .orElse(newestFirst.isEmpty() ? null : newestFirst.get(0)));
        unsavedIds.clear();
        unsavedIds.addAll(outcome.unsavedIds());
        unsaved.set(!state.isSafe());
        // What was found reading (a damaged file healed or kept aside), then why saving fails, if it does.
        List<Localizable> texts = new ArrayList<>();
        outcome.problem().ifPresent(p -> texts.add(FileProblems.describe(FileProblems.Subject.RESULTS, p, zone)));
        state.problem().filter(p -> !state.isSafe())
                .ifPresent(p -> texts.add(FileProblems.describe(FileProblems.Subject.RESULTS, p, zone)));
        problem.set(texts.isEmpty() ? null : locale -> String.join("\n", texts.stream().map(t -> t.in(locale)).toList()));
        outcome.problem().ifPresent(p -> services.status().warn(
                FileProblems.describe(FileProblems.Subject.RESULTS, p, zone).in(localization.getLocale())));
        busy.set(false);
        loaded.set(true);
    }

    /** The saved sessions, newest first. */
    public ObservableList<ClassSession> getSessions() {
        return readOnlySessions;
    }

    /** The session the buttons act on; the view binds its table selection here. */
    public ObjectProperty<ClassSession> selectedProperty() {
        return selected;
    }

    /** What is wrong with the results file, in words, for an inline notice; empty if nothing. */
    public StringBinding problemProperty() {
        return problemText;
    }

    /** True when some sessions could not be saved in the data folder: "Save elsewhere" is offered. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Whether {@code session} is only in memory because saving it failed. */
    public boolean isUnsaved(ClassSession session) {
        return unsavedIds.contains(session.id());
    }

    /** True while the file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once loading finished and there is nothing to list. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> loaded.get() && sessions.isEmpty(), loaded, sessions);
    }

    /** True when there is no selected session or the file is busy: export and delete are off. */
    public BooleanBinding actionsDisabledProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || busy.get(), selected, busy);
    }

    /** True when sessions can be continued in presenter mode at all. */
    public boolean canContinueAtAll() {
        return continueClass != null;
    }

    /** True when the selected session cannot be continued: none selected, busy, or its case is not installed. */
    public BooleanBinding continueDisabledProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || busy.get()
                || cases.apply(selected.get().caseId()).isEmpty(), selected, busy);
    }

    /** Continues the selected session in presenter mode: its teams and points, on its last scenario played. */
    public void continueSelected() {
        ClassSession session = selected.get();
        if (session != null && continueClass != null && !busy.get()) {
            continueClass.accept(session);
        }
    }

    /** When the session began, in the current language's medium date and short time. */
    public String dateText(ClassSession session) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(localization.getLocale()).withZone(zone).format(session.startedAt());
    }

    /** The date, marked "not saved" for a session that is only in memory. */
    public String dateCellText(ClassSession session) {
        return isUnsaved(session) ? localization.get("history.notSaved", dateText(session)) : dateText(session);
    }

    /** The case's title, or its id if the case is no longer installed. */
    public String caseText(ClassSession session) {
        return cases.apply(session.caseId()).map(c -> c.title().in(localization.getLocale())).orElse(session.caseId());
    }

    public String teamsText(ClassSession session) {
        return String.join(", ", session.teams());
    }

    /** "Foxes, 288 of 400 points", a tie, or that nothing was scored. */
    public String resultText(ClassSession session) {
        List<String> winners = session.winners();
        if (winners.isEmpty()) {
            return localization.get("history.result.none");
        }
        long points = session.standings().get(0).total();
        if (winners.size() == 1) {
            return localization.get("history.result.winner", winners.get(0), points, session.maximumTotal());
        }
        return localization.get("history.result.tie", String.join(", ", winners), points, session.maximumTotal());
    }

    /** The leaderboard of the selected session, one line per team, for the details beside the table. */
    public List<String> standingLines() {
        ClassSession session = selected.get();
        if (session == null) {
            return List.of();
        }
        return session.standings().stream()
                .map(s -> localization.get("history.standing", s.rank(), s.team(), s.total(), session.maximumTotal()))
                .toList();
    }

    /** "4 scenarios played" for the selected session. */
    public String roundsText() {
        ClassSession session = selected.get();
        return session == null ? "" : localization.get("history.rounds", session.rounds().size());
    }

    /** Asks where to save the selected session as CSV and writes it there in the background. */
    public void exportSelected() {
        ClassSession session = selected.get();
        if (session == null || busy.get()) {
            return;
        }
        String suggested = "leaklab-" + session.caseId() + "-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(zone).format(session.startedAt()) + ".csv";
        Optional<Path> chosen = services.dialogs().chooseSaveFile(localization.get("history.export.title"), suggested,
                localization.get("history.export.filter"), "*.csv");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), ".csv");
        byte[] csv = SessionCsv.bytes(session, cases.apply(session.caseId()), localization.getLocale(), zone);
        busy.set(true);
        services.background().execute(() -> {
            try {
                AtomicFileWriter.write(target, csv);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.status().info(localization.get("history.export.done", target));
                });
            } catch (IOException | RuntimeException e) {
                FileProblem failure = FileProblems.of(e, target);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.dialogs().showError(localization.get("history.export.failed"),
                            FileProblems.describe(localization, FileProblems.Subject.EXPORT, failure));
                });
            }
        });
    }

    /** One line of the summary table: a scenario and each team's points in it, in team order. */
    public record SummaryRow(String scenario, List<String> points) {
    }

    /** The heading of the summary image: case and date of the selected session. */
    public String summaryTitle() {
        ClassSession session = selected.get();
        return session == null ? "" : localization.get("history.summary.title", caseText(session), dateText(session));
    }

    /** The teams of the selected session, the columns of the summary table. */
    public List<String> summaryTeams() {
        ClassSession session = selected.get();
        return session == null ? List.of() : session.teams();
    }

    /**
     * The per-scenario table of the selected session: one row per round played (the scenario's
     * title, or its id if the case is gone), then the totals.
     */
    public List<SummaryRow> summaryRows() {
        ClassSession session = selected.get();
        if (session == null) {
            return List.of();
        }
        Optional<Case> caseData = cases.apply(session.caseId());
        List<SummaryRow> rows = new ArrayList<>();
        for (ClassSession.Round round : session.rounds()) {
            String title = caseData.flatMap(c -> c.scenario(round.scenarioId()))
                    .map(s -> s.title().in(localization.getLocale())).orElse(round.scenarioId());
            rows.add(new SummaryRow(title, session.teams().stream()
                    .map(team -> round.answerOf(team).map(a -> Long.toString(Math.round(a.score())))
                            .orElse(localization.get("history.summary.noAnswer")))
                    .toList()));
        }
        rows.add(new SummaryRow(localization.get("history.summary.total"), session.teams().stream()
                .map(team -> Long.toString(Math.round(session.totals().get(team)))).toList()));
        return rows;
    }

    /** The leaderboard of the selected session: each standing with its share of the most points possible. */
    public List<Map.Entry<ClassSession.Standing, Double>> summaryStandings() {
        ClassSession session = selected.get();
        if (session == null) {
            return List.of();
        }
        double maximum = Math.max(100, session.maximumTotal());
        return session.standings().stream().map(s -> Map.entry(s, s.total() / maximum)).toList();
    }

    /**
     * Asks where to save the selected session's summary as PNG, takes the picture at once (it must
     * be taken on the JavaFX thread) and encodes and writes it in the background.
     *
     * @param snapshot draws the summary of the selected session (the view does it; it knows the nodes)
     */
    public void exportSummary(Supplier<Image> snapshot) {
        ClassSession session = selected.get();
        if (session == null || busy.get()) {
            return;
        }
        String suggested = "leaklab-" + session.caseId() + "-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(zone).format(session.startedAt()) + ".png";
        Optional<Path> chosen = services.dialogs().chooseSaveFile(localization.get("history.exportPng.title"),
                suggested, localization.get("history.exportPng.filter"), "*.png");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), ".png");
        Image image = snapshot.get();
        busy.set(true);
        services.background().execute(() -> {
            try {
                PngWriter.write(image, target);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.status().info(localization.get("history.exportPng.done", target));
                });
            } catch (IOException | RuntimeException e) {
                FileProblem failure = FileProblems.of(e, target);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.dialogs().showError(localization.get("history.exportPng.failed"),
                            FileProblems.describe(localization, FileProblems.Subject.EXPORT, failure));
                });
            }
        });
    }

    /** Deletes the selected session after the teacher confirms. */
    public void deleteSelected() {
        ClassSession session = selected.get();
        if (session == null || busy.get()) {
            return;
        }
        boolean confirmed = services.dialogs().confirm(localization.get("history.delete.title"),
                localization.get("history.delete.question", dateText(session), teamsText(session)),
                localization.get("history.delete.action"));
        if (!confirmed) {
            return;
        }
        busy.set(true);
        services.background().execute(() -> {
            try {
                ResultsStore.Outcome outcome = store.delete(session.id());
                ResultsStore.SaveState state = store.saveState();
                services.fxThread().execute(() -> {
                    apply(outcome, state);
                    services.status().info(localization.get("history.delete.done", dateText(session)));
                });
            } catch (IOException | RuntimeException e) {
                FileProblem failure = FileProblems.of(e, store.file());
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.dialogs().showError(localization.get("history.delete.failed"),
                            FileProblems.describe(localization, FileProblems.Subject.RESULTS, failure));
                });
            }
        });
    }

    /**
     * Asks where to save the class results that could not be saved in the data folder (with
     * every saved one, as a complete results file) and writes them there in the background.
     */
    public void saveElsewhere() {
        if (busy.get()) {
            return;
        }
        Optional<Path> chosen = services.dialogs().chooseSaveFile(localization.get("saveElsewhere.title"),
                ResultsStore.suggestedElsewhereName(java.time.LocalDate.now(zone)), localization.get("saveElsewhere.filter"),
                "*.json");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), ".json");
        busy.set(true);
        services.background().execute(() -> {
            try {
                store.saveElsewhere(target);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.status().info(localization.get("saveElsewhere.done", target));
                });
            } catch (IOException | RuntimeException e) {
                FileProblem failure = FileProblems.of(e, target);
                services.fxThread().execute(() -> {
                    busy.set(false);
                    services.dialogs().showError(localization.get("saveElsewhere.failed"),
                            FileProblems.describe(localization, FileProblems.Subject.EXPORT, failure));
                });
            }
        });
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
