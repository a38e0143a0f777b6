package org.leaklab.ui.presenter;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.session.ClassRecord;
import org.leaklab.session.ClassSession;
import org.leaklab.session.Leaderboard;
import org.leaklab.session.ResultsStore;
import org.leaklab.session.StartingOrder;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;
import org.leaklab.ui.scenario.ClassContext;
import org.leaklab.ui.play.PlayServices;

/**
 * Teams in presenter mode, the view model of a class: the observable state the presenter shows
 * (the team form, every team's draft, whose turn it is, what the teacher last did, how saving
 * goes) over the pure record of the class ({@link ClassRecord}: teams, answers, undo), with the
 * texts of answers, leaderboard ({@link Leaderboard}) and class consensus ({@link ClassConsensus}).
 * The class session is saved ({@link ClassSaving}) after every reveal and when presenter mode
 * ends; a failed save is reported and the session stays in memory, so the next save can keep it.
 */
public final class TeamGame {
    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Localization localization;
    /** The record of this class; a new class ({@link #startOver}) gets a new one. */
    private ClassRecord record;
    private final Map<String, List<TeamEntry>> drafts = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper setupShown = new ReadOnlyBooleanWrapper(this, "setupShown");
    private final ReadOnlyIntegerWrapper focusTeam = new ReadOnlyIntegerWrapper(this, "focusTeam", -1);
    /** What the teacher last did, rendered when shown, so it follows a language switch. */
    private Supplier<String> lastAction = () -> "";
    private TeamSetup setup;
    private final ClassSaving saving;

    /**
     * @param caseData     the case presented
     * @param scorer       scores each team's answer
     * @param localization the current language
     * @param store        where the class session is saved
     * @param services     the status line and the executors (saving runs in the background)
     * @param sessionId    the id the session is saved under
     * @param startedAt    when the lesson began
     */
    public TeamGame(Case caseData, ScenarioScorer scorer, Localization localization, ResultsStore store,
                    PlayServices services, String sessionId, Instant startedAt) {
        this.caseData = Objects.requireNonNull(caseData);
        this.scorer = Objects.requireNonNull(scorer);
        this.localization = Objects.requireNonNull(localization);
        this.record = new ClassRecord(sessionId, startedAt, caseData.id());
        this.saving = new ClassSaving(store, services, localization);
    }

    /** A game with a new random id, starting now. */
    public static TeamGame start(Case caseData, ScenarioScorer scorer, Localization localization, ResultsStore store,
                                 PlayServices services) {
        return new TeamGame(caseData, scorer, localization, store, services, java.util.UUID.randomUUID().toString(),
                Instant.now());
    }

    /**
     * A class saved earlier, continued: its teams and recorded answers (with the scores they were
     * given then) under its own id, so the next save updates that session instead of adding one.
     */
    public static TeamGame continuing(Case caseData, ScenarioScorer scorer, Localization localization,
                                      ResultsStore store, PlayServices services, ClassSession session) {
        if (!session.caseId().equals(caseData.id())) {
            throw new IllegalArgumentException("session " + session.id() + " is of case " + session.caseId());
        }
        TeamGame game = new TeamGame(caseData, scorer, localization, store, services, session.id(), session.startedAt());
        // A scenario the case no longer has is left out: its points stay in the saved file only.
        game.record = ClassRecord.of(session, id -> caseData.scenario(id).isPresent());
        return game;
    }

    public Case caseData() {
        return caseData;
    }

    /** The id the session is saved under. */
    public String sessionId() {
        return record.id();
    }

    /** The scenarios answered so far, in the order they were first answered. */
    public List<String> playedScenarioIds() {
        return record.playedScenarioIds();
    }

    /**
     * A new class: no teams, no answers, a new session id. Call it only once the old session is
     * saved ({@link #isUnsaved()} false), or its answers are lost.
     */
    public void startOver() {
        record = new ClassRecord(java.util.UUID.randomUUID().toString(), Instant.now(), caseData.id());
        drafts.clear();
        setupShown.set(false);
        setup = null;
        saving.reset();
        lastAction = () -> "";
        focusTeam.set(-1);
        changed();
    }

    /** Goes up by one on every change of teams or answers: the view renders again when it does. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The team whose entry should have the keyboard focus next; -1 when every team has answered. */
    public ReadOnlyIntegerProperty focusTeamProperty() {
        return focusTeam.getReadOnlyProperty();
    }

    /** What went wrong with the last save, for an inline warning; empty after a good save. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saving.problemProperty();
    }

    /** What the teacher last did ("Foxes: $300 recorded."), in the current language, for the entry panel. */
    public String lastActionText() {
        return lastAction.get();
    }

    /** True while a save runs in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    /** True once teams are set up. */
    public boolean hasTeams() {
        return record.hasTeams();
    }

    /** The team names, in order. */
    public List<String> teams() {
        return record.teams();
    }

    // ---- team setup ---------------------------------------------------------------------------

    /** True while the team form is open. */
    public ReadOnlyBooleanProperty setupShownProperty() {
        return setupShown.getReadOnlyProperty();
    }

    /** Opens the team form with the current teams, or "Team 1" and "Team 2" for a new class. */
    public void openSetup() {
        setup = new TeamSetup(record.teams(), record.hasAnswers(), localization);
        setupShown.set(true);
    }

    /** The open team form. */
    public Optional<TeamSetup> setup() {
        return setupShown.get() ? Optional.ofNullable(setup) : Optional.empty();
    }

    /** Takes the form's teams if every name is fine; otherwise the form stays open with its messages. */
    public boolean applySetup() {
        if (setup == null || !setupShown.get()) {
            return false;
        }
        setup.validate();
        if (!setup.validProperty().get()) {
            return false;
        }
        List<String> names = setup.teamNames();
        if (record.hasAnswers() && names.size() != record.teams().size()) {
            return false; // the form does not allow it; a guard for callers
        }
        record.setTeams(names);
        setupShown.set(false);
        setup = null;
        drafts.keySet().removeIf(id -> record.answeredCount(id) == 0 || drafts.get(id).size() != names.size());
        int count = names.size();
        lastAction = () -> localization.get("teams.setup.done", count);
        focusTeam.set(0);
        changed();
        if (record.hasAnswers()) {
            save();
        }
        return true;
    }

    /** Closes the form without changing the teams. */
    public void cancelSetup() {
        setupShown.set(false);
        setup = null;
    }

    // ---- entry --------------------------------------------------------------------------------

    /** The drafts of every team for {@code scenario}, showing what was recorded so far. */
    public List<TeamEntry> entries(Scenario scenario) {
        if (!hasTeams()) {
            return List.of();
        }
        return drafts.computeIfAbsent(scenario.id(), id -> {
            List<TeamEntry> list = new ArrayList<>();
            for (int i = 0; i < record.teams().size(); i++) {
                TeamEntry entry = new TeamEntry(i, scenario, context());
                record.answer(id, i).ifPresent(r -> entry.show(r.answer()));
                list.add(entry);
            }
            return list;
        });
    }

    /**
     * The class for the scenario kinds: a ranking's items start, on the slide and in every team's
     * draft, shuffled as in play and the same for the whole class session (its id is the seed), so
     * the order survives leaving and coming back.
     */
    public ClassContext context() {
        return new ClassContext(caseData, StartingOrder.seedOf(record.id()), localization);
    }

    /** True if {@code team} has a recorded answer to {@code scenario}. */
    public boolean hasAnswered(Scenario scenario, int team) {
        return record.hasAnswered(scenario.id(), team);
    }

    /** How many teams have answered {@code scenario}. */
    public int answeredCount(Scenario scenario) {
        return record.answeredCount(scenario.id());
    }

    /** The recorded answer of {@code team} in words ("$300", "B, C", the ending), for the entry panel. */
    public String answerText(Scenario scenario, int team) {
        return record.answer(scenario.id(), team).map(r -> describe(scenario, r.answer())).orElse("");
    }

    /** An answer in words as the teacher entered it: a choice by its letters, a story by its ending. */
    private String describe(Scenario scenario, Answer answer) {
        return ScenarioKinds.of(scenario).answerInWords(answer, context());
    }

    /**
     * Records the draft of {@code entry} as its team's answer (Enter), scored at once; the score
     * stays hidden until the reveal. Moves the focus on to the next team that has not answered.
     *
     * @return false, with the entry's inline message set, if the draft is not an answer yet
     */
    public boolean confirm(TeamEntry entry) {
        Scenario scenario = entry.scenario();
        Optional<Answer> answer = entry.answer();
        if (answer.isEmpty()) {
            return false;
        }
        recordScored(scenario, entry.team(), answer.get());
        // A ranking in words is too long for one line; the team's board shows it anyway.
        String team = record.teams().get(entry.team());
        Answer recorded = answer.get();
        lastAction = entry.kind().entersOnBoard()
                ? () -> localization.get("teams.entry.recordedRanking", team)
                : () -> localization.get("teams.entry.recorded", team, describe(scenario, recorded));
        focusTeam.set(record.nextUnanswered(scenario.id(), entry.team()));
        changed();
        return true;
    }

    /**
     * The reveal with the class network open: every team the teacher did not enter an answer for
     * gets its devices' answer ({@code fromDevices}, keyed by team name: consensus, median or
     * majority), scored as a typed one, so the leaderboard takes it unchanged. A typed answer
     * always wins: the teacher may overrule the phones.
     *
     * @return how many teams got their devices' answer
     */
    public int recordFromDevices(Scenario scenario, Map<String, ? extends Answer> fromDevices) {
        if (!hasTeams()) {
            return 0;
        }
        int recorded = 0;
        for (int team = 0; team < record.teams().size(); team++) {
            Answer answer = fromDevices.get(record.teams().get(team));
            if (answer != null && !record.hasAnswered(scenario.id(), team)) {
                recordScored(scenario, team, answer);
                entries(scenario).get(team).show(answer);
                recorded++;
            }
        }
        if (recorded > 0) {
            int count = recorded;
            lastAction = () -> localization.get("teams.entry.fromDevices", count);
            changed();
        }
        return recorded;
    }

    /** Records {@code answer} as {@code team}'s, scored at once (the score stays hidden until the reveal). */
    private void recordScored(Scenario scenario, int team, Answer answer) {
        record.record(scenario.id(), team, answer, scorer.score(scenario, answer).score());
        saving.changed();
    }

    /** The team to start entering with on a scenario: the first without an answer, else the first. */
    public int firstUnanswered(Scenario scenario) {
        return record.firstUnanswered(scenario.id());
    }

    /** True if there is an entry of {@code scenario} to take back. */
    public boolean canUndo(Scenario scenario) {
        return record.canUndo(scenario.id());
    }

    /** Takes back the last entry for {@code scenario} (Ctrl+Z): the team's earlier answer, or none, again. */
    public void undo(Scenario scenario) {
        Optional<ClassRecord.Undone> undone = record.undo(scenario.id());
        if (undone.isEmpty()) {
            lastAction = () -> localization.get("teams.undo.nothing");
            changed();
            return;
        }
        int last = undone.get().team();
        undone.get().previous().ifPresent(previous -> entries(scenario).get(last).show(previous.answer()));
        saving.changed();
        String team = record.teams().get(last);
        lastAction = () -> localization.get("teams.undo.done", team);
        focusTeam.set(last);
        changed();
    }

    // ---- leaderboard and consensus -------------------------------------------------------------

    /** The leaderboard after {@code scenario}'s reveal: totals so far, shared ranks, this round's points. */
    public List<Leaderboard.Row> leaderboard(Scenario scenario) {
        return session().map(s -> Leaderboard.after(s, scenario.id())).orElse(List.of());
    }

    /** The leaderboard of the whole class so far, without a round's points: for the end screen. */
    public List<Leaderboard.Row> totals() {
        return session().map(Leaderboard::totals).orElse(List.of());
    }

    /** The podium: the teams on ranks 1 to 3, one step per rank, best first; empty before any answer. */
    public List<Leaderboard.PodiumStep> podium() {
        return session().map(Leaderboard::podium).orElse(List.of());
    }

    /** "Points after 12 scenarios (at most 1,200)" above the totals on the end screen. */
    public String totalsCaption() {
        int played = session().map(s -> s.rounds().size()).orElse(0);
        return localization.get("presenter.end.caption", played, 100 * played);
    }

    /** "Points out of 300 (3 scenarios)" above the bars. */
    public String leaderboardCaption() {
        int played = session().map(s -> s.rounds().size()).orElse(0);
        return localization.get("teams.leaderboard.caption", played, 100 * played);
    }

    /** The class consensus of the team rankings of {@code scenario}, once at least one team ranked. */
    public Optional<ClassConsensus> consensus(Scenario scenario) {
        return ClassConsensus.of(scenario, record.answers(scenario.id()), caseData, scorer, localization);
    }

    // ---- the session and saving ---------------------------------------------------------------

    /** The class session so far; empty before teams are set up. */
    public Optional<ClassSession> session() {
        return record.session();
    }

    /** A scenario was revealed: the leaderboard shows, and the session is saved so nothing is lost. */
    public void revealed() {
        if (saving.isUnsaved()) {
            save();
        }
    }

    /** True if answers were recorded since the last successful save. */
    public boolean isUnsaved() {
        return saving.isUnsaved();
    }

    /**
     * Saves the session in the background if anything was answered. The snapshot is taken here,
     * on the calling (JavaFX) thread.
     */
    public void save() {
        save(() -> { });
    }

    /**
     * Tries the results file again (the corner badge's click): this class if it has answers, else
     * the sessions the results store still holds in memory; the store's listeners hear how it went.
     */
    public void retrySave() {
        saving.retry(session());
    }

    /** {@link #save()}, then {@code afterwards} on the JavaFX thread, whether the save worked or not. */
    public void save(Runnable afterwards) {
        saving.save(session(), afterwards);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Points as the leaderboard shows them ("+85"). */
    public String roundPointsText(Leaderboard.Row row) {
        return row.roundPoints().map(p -> localization.get("teams.leaderboard.round", p))
                .orElse(localization.get("teams.leaderboard.noAnswer"));
    }

    /** "1", or "1 =" with a tie. */
    public String rankText(Leaderboard.Row row) {
        return row.tied() ? localization.get("teams.leaderboard.rankTied", row.rank())
                : NumberFormat.getIntegerInstance(localization.getLocale()).format(row.rank());
    }
}
