package org.leaklab.ui.history;

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
import org.leaklab.model.Case;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.session.SessionCsv;
import org.leaklab.ui.common.BackgroundWork;
import org.leaklab.ui.common.FileExport;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.play.PlayServices;

/**
 * The class history: every saved class session, newest first, with CSV export, a summary image
 * (leaderboard and per-scenario table) as PNG, and deletion of the selected one. Reading and writing run on the background executor; results come back on
 * the JavaFX thread.
 */
public final class HistoryViewModel {
    private static final FileExport.Kind CSV = new FileExport.Kind(".csv", "history.export.title",
            "history.export.filter", "history.export.done", "history.export.failed");
    private static final FileExport.Kind SUMMARY_PICTURE = new FileExport.Kind(".png", "history.exportPng.title",
            "history.exportPng.filter", "history.exportPng.done", "history.exportPng.failed");
    /** All class results, for a stick when the data folder cannot be written. */
    private static final FileExport.Kind RESULTS_FILE = new FileExport.Kind(".json", "saveElsewhere.title",
            "saveElsewhere.filter", "saveElsewhere.done", "saveElsewhere.failed");

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
    /** Reading and writing the results file and exports; its busy flag turns the buttons off. */
    private final BackgroundWork work;
    private final ReadOnlyBooleanProperty busy;
    private final FileExport export;
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
        this.work = services.newWork();
        this.busy = work.busyProperty();
        this.export = new FileExport(localization, services.dialogs(), services.status(), work);
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
        work.run(() -> new Loaded(store.load(), store.saveState()), read -> apply(read.outcome(), read.state()),
                failure -> {
                    problem.set(FileProblems.describe(FileProblems.Subject.RESULTS,
                            FileProblems.of(failure, store.file()), zone));
                    loaded.set(true);
                });
    }

    /** The sessions read (or left after a deletion) and whether they are all saved. */
    private record Loaded(ResultsStore.Outcome outcome, ResultsStore.SaveState state) {
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
        return busy;
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
        export.chooseAndWrite(CSV, suggestedName(session, CSV), () -> FileExport.bytes(
                SessionCsv.bytes(session, cases.apply(session.caseId()), localization.getLocale(), zone)));
    }

    /** "leaklab-amazon-2018-2024-03-05-0915.csv": the case and when the session began. */
    private String suggestedName(ClassSession session, FileExport.Kind kind) {
        return "leaklab-" + session.caseId() + "-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(zone).format(session.startedAt())
                + kind.extension();
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
        export.chooseAndWrite(SUMMARY_PICTURE, suggestedName(session, SUMMARY_PICTURE),
                () -> FileExport.png(snapshot.get()));
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
        work.run(() -> new Loaded(store.delete(session.id()), store.saveState()), left -> {
            apply(left.outcome(), left.state());
            services.status().info(localization.get("history.delete.done", dateText(session)));
        }, failure -> services.dialogs().showError(localization.get("history.delete.failed"),
                FileProblems.describe(localization, FileProblems.Subject.RESULTS, FileProblems.of(failure, store.file()))));
    }

    /**
     * Asks where to save the class results that could not be saved in the data folder (with
     * every saved one, as a complete results file) and writes them there in the background.
     */
    public void saveElsewhere() {
        if (busy.get()) {
            return;
        }
        export.chooseAndWrite(RESULTS_FILE, ResultsStore.suggestedElsewhereName(java.time.LocalDate.now(zone)),
                () -> store::saveElsewhere);
    }
}
