package org.leaklab.ui.presenter;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leaklab.model.Answer;
import org.leaklab.model.Case;
import org.leaklab.model.ChoiceAnswer;
import org.leaklab.model.ChoiceOption;
import org.leaklab.model.ChoiceScenario;
import org.leaklab.model.DecisionAnswer;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.EndState;
import org.leaklab.model.EstimateScenario;
import org.leaklab.model.RankingAnswer;
import org.leaklab.model.RankingScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.BordaConsensus;
import org.leaklab.scoring.RankingScorer;
import org.leaklab.scoring.ScenarioScorer;
import org.leaklab.scoring.ScoreResult;
import org.leaklab.session.AnswerText;
import org.leaklab.session.ClassSession;
import org.leaklab.session.ResultsStore;
import org.leaklab.session.StartingOrder;
import static org.leaklab.scoring.ScenarioScorer.answerOf;
import org.leaklab.ui.common.FileProblems;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.play.PlayServices;

/**
 * Teams in presenter mode: the teams of the class, each team's answer per scenario as the teacher
 * records it (with undo), the leaderboard after a reveal, the class consensus of a ranking, and
 * the class session that is saved through the {@link ResultsStore} after every reveal and when
 * presenter mode ends. Saving runs on the background executor; a failed save is reported and the
 * session stays in memory, so the next save can still keep it.
 */
public final class TeamGame {
    /** One line of the leaderboard. */
    public record LeaderRow(int rank, String team, long total, Optional<Long> roundPoints, double share,
                            boolean tied) {
    }

    /**
     * The class consensus of a ranking (shown beside the revealed reference order).
     *
     * @param consensusLines the Borda order, "1. Item (points)"
     * @param score          the consensus scored against the reference, 0 to 100
     * @param ballots        how many rankings were counted
     * @param discussion     the scorer's first sentence on a pair the class ordered wrongly, to discuss
     */
    public record Consensus(List<String> consensusLines, long score, String ballots, Optional<String> discussion) {
    }

    private record Recorded(Answer answer, double score) {
    }

    private record Entry(String scenarioId, int team, Recorded previous) {
    }

    private final Case caseData;
    private final ScenarioScorer scorer;
    private final Localization localization;
    private final ResultsStore store;
    private final PlayServices services;
    /** The session's id and start; a new class ({@link #startOver}) gets new ones. */
    private String sessionId;
    private Instant startedAt;

    private final List<String> teams = new ArrayList<>();
    /** Recorded answers: scenario (in the order first answered) to team index to answer. */
    private final Map<String, Map<Integer, Recorded>> rounds = new LinkedHashMap<>();
    private final Map<String, List<TeamEntry>> drafts = new HashMap<>();
    private final Map<String, Deque<Entry>> undo = new HashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper setupShown = new ReadOnlyBooleanWrapper(this, "setupShown");
    private final ReadOnlyIntegerWrapper focusTeam = new ReadOnlyIntegerWrapper(this, "focusTeam", -1);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    /** What the teacher last did, rendered when shown, so it follows a language switch. */
    private Supplier<String> lastAction = () -> "";
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private TeamSetup setup;
    private boolean unsaved;

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
        this.store = Objects.requireNonNull(store);
        this.services = Objects.requireNonNull(services);
        this.sessionId = Objects.requireNonNull(sessionId);
        this.startedAt = Objects.requireNonNull(startedAt);
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
        game.teams.addAll(session.teams());
        for (ClassSession.Round round : session.rounds()) {
            if (caseData.scenario(round.scenarioId()).isEmpty()) {
                continue; // a scenario the case no longer has: its points stay in the saved file only
            }
            Map<Integer, Recorded> answers = new LinkedHashMap<>();
            for (ClassSession.TeamAnswer answer : round.answers()) {
                answers.put(game.teams.indexOf(answer.team()), new Recorded(answer.answer(), answer.score()));
            }
            game.rounds.put(round.scenarioId(), answers);
        }
        return game;
    }

    public Case caseData() {
        return caseData;
    }

    /** The id the session is saved under. */
    public String sessionId() {
        return sessionId;
    }

    /** The scenarios answered so far, in the order they were first answered. */
    public List<String> playedScenarioIds() {
        return List.copyOf(rounds.keySet());
    }

    /**
     * A new class: no teams, no answers, a new session id. Call it only once the old session is
     * saved ({@link #isUnsaved()} false), or its answers are lost.
     */
    public void startOver() {
        sessionId = java.util.UUID.randomUUID().toString();
        startedAt = Instant.now();
        teams.clear();
        rounds.clear();
        drafts.clear();
        undo.clear();
        setupShown.set(false);
        setup = null;
        unsaved = false;
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
        return saveProblem.getReadOnlyProperty();
    }

    /** What the teacher last did ("Foxes: $300 recorded."), in the current language, for the entry panel. */
    public String lastActionText() {
        return lastAction.get();
    }

    /** True while a save runs in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once teams are set up. */
    public boolean hasTeams() {
        return !teams.isEmpty();
    }

    /** The team names, in order. */
    public List<String> teams() {
        return List.copyOf(teams);
    }

    // ---- team setup ---------------------------------------------------------------------------

    /** True while the team form is open. */
    public ReadOnlyBooleanProperty setupShownProperty() {
        return setupShown.getReadOnlyProperty();
    }

    /** Opens the team form with the current teams, or "Team 1" and "Team 2" for a new class. */
    public void openSetup() {
        setup = new TeamSetup(teams, hasAnswers(), localization);
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
        if (hasAnswers() && names.size() != teams.size()) {
            return false; // the form does not allow it; a guard for callers
        }
        teams.clear();
        teams.addAll(names);
        setupShown.set(false);
        setup = null;
        drafts.keySet().removeIf(id -> !rounds.containsKey(id) || drafts.get(id).size() != teams.size());
        int count = teams.size();
        lastAction = () -> localization.get("teams.setup.done", count);
        focusTeam.set(0);
        changed();
        if (hasAnswers()) {
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
            for (int i = 0; i < teams.size(); i++) {
                TeamEntry entry = new TeamEntry(i, scenario, caseData,
                        draftStart(scenario), localization);
                recorded(id, i).ifPresent(r -> entry.show(r.answer()));
                list.add(entry);
            }
            return list;
        });
    }

    /**
     * The order a ranking's items start in, on the slide and in every team's draft: shuffled as in
     * play, the same for the whole class session (its id is the seed), so it survives leaving and
     * coming back.
     */
    public List<String> startingOrder(RankingScenario ranking) {
        return StartingOrder.of(ranking, StartingOrder.seedOf(sessionId));
    }

    private Optional<Recorded> recorded(String scenarioId, int team) {
        return Optional.ofNullable(rounds.getOrDefault(scenarioId, Map.of()).get(team));
    }

    /** True if {@code team} has a recorded answer to {@code scenario}. */
    public boolean hasAnswered(Scenario scenario, int team) {
        return recorded(scenario.id(), team).isPresent();
    }

    /** How many teams have answered {@code scenario}. */
    public int answeredCount(Scenario scenario) {
        return rounds.getOrDefault(scenario.id(), Map.of()).size();
    }

    /** The order a ranking's team drafts start in (shuffled, as in play); other kinds have none. */
    private List<String> draftStart(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> startingOrder(ranking);
            case EstimateScenario _, ChoiceScenario _, DecisionScenario _ -> List.of();
        };
    }

    /** The recorded answer of {@code team} in words ("$300", "B, C", the ending), for the entry panel. */
    public String answerText(Scenario scenario, int team) {
        return recorded(scenario.id(), team).map(r -> describe(scenario, r.answer())).orElse("");
    }

    /**
     * An answer in words as the teacher entered it: a choice by its letters (as on the toggles),
     * a story by the ending the team reached.
     */
    private String describe(Scenario scenario, Answer answer) {
        return switch (scenario) {
            case ChoiceScenario choice -> {
                Set<String> chosen = answerOf(ChoiceAnswer.class, scenario, answer).optionIds();
                List<String> letters = new ArrayList<>();
                for (int i = 0; i < choice.options().size(); i++) {
                    if (chosen.contains(choice.options().get(i).id())) {
                        letters.add(String.valueOf((char) ('A' + i)));
                    }
                }
                yield String.join(", ", letters);
            }
            case DecisionScenario story -> org.leaklab.ui.decision.StoryPath
                    .walk(story, answerOf(DecisionAnswer.class, scenario, answer).optionIds()).ending()
                    .map(ending -> ending.title().in(localization.getLocale()))
                    .orElseGet(() -> inWords(scenario, answer));
            case RankingScenario _, EstimateScenario _ -> inWords(scenario, answer);
        };
    }

    private String inWords(Scenario scenario, Answer answer) {
        return AnswerText.describe(answer, Optional.of(caseData), Optional.of(scenario), localization.getLocale());
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
        ScoreResult result = scorer.score(scenario, answer.get());
        Map<Integer, Recorded> round = rounds.computeIfAbsent(scenario.id(), id -> new LinkedHashMap<>());
        Recorded previous = round.remove(entry.team());
        round.put(entry.team(), new Recorded(answer.get(), result.score()));
        undo.computeIfAbsent(scenario.id(), id -> new ArrayDeque<>()).push(new Entry(scenario.id(), entry.team(), previous));
        unsaved = true;
        // A ranking in words is too long for one line; the team's board shows it anyway.
        String team = teams.get(entry.team());
        Answer recorded = answer.get();
        lastAction = switch (scenario) {
            case RankingScenario _ -> () -> localization.get("teams.entry.recordedRanking", team);
            case EstimateScenario _, ChoiceScenario _, DecisionScenario _ ->
                    () -> localization.get("teams.entry.recorded", team, describe(scenario, recorded));
        };
        focusTeam.set(nextUnanswered(scenario, entry.team()));
        changed();
        return true;
    }

    /** The team to start entering with on a scenario: the first without an answer, else the first. */
    public int firstUnanswered(Scenario scenario) {
        return Math.max(0, nextUnanswered(scenario, teams.size() - 1));
    }

    private int nextUnanswered(Scenario scenario, int after) {
        for (int step = 1; step <= teams.size(); step++) {
            int team = (after + step) % teams.size();
            if (!hasAnswered(scenario, team)) {
                return team;
            }
        }
        return -1;
    }

    /** True if there is an entry of {@code scenario} to take back. */
    public boolean canUndo(Scenario scenario) {
        return !undo.getOrDefault(scenario.id(), new ArrayDeque<>()).isEmpty();
    }

    /** Takes back the last entry for {@code scenario} (Ctrl+Z): the team's earlier answer, or none, again. */
    public void undo(Scenario scenario) {
        Deque<Entry> stack = undo.get(scenario.id());
        if (stack == null || stack.isEmpty()) {
            lastAction = () -> localization.get("teams.undo.nothing");
            changed();
            return;
        }
        Entry last = stack.pop();
        Map<Integer, Recorded> round = rounds.get(last.scenarioId());
        round.remove(last.team());
        if (last.previous() != null) {
            round.put(last.team(), last.previous());
        }
        if (round.isEmpty()) {
            rounds.remove(last.scenarioId());
        }
        TeamEntry draft = entries(scenario).get(last.team());
        if (last.previous() != null) {
            draft.show(last.previous().answer());
        }
        unsaved = true;
        String team = teams.get(last.team());
        lastAction = () -> localization.get("teams.undo.done", team);
        focusTeam.set(last.team());
        changed();
    }

    // ---- leaderboard and consensus -------------------------------------------------------------

    /** The leaderboard after {@code scenario}'s reveal: totals so far, shared ranks, this round's points. */
    public List<LeaderRow> leaderboard(Scenario scenario) {
        Optional<ClassSession> session = session();
        if (session.isEmpty()) {
            return List.of();
        }
        ClassSession s = session.get();
        List<ClassSession.Standing> standings = s.standings();
        double maximum = Math.max(100, s.maximumTotal());
        List<LeaderRow> rows = new ArrayList<>();
        for (ClassSession.Standing standing : standings) {
            Optional<Long> round = s.round(scenario.id()).flatMap(r -> r.answerOf(standing.team()))
                    .map(a -> Math.round(a.score()));
            boolean tied = standings.stream().filter(o -> o.rank() == standing.rank()).count() > 1;
            rows.add(new LeaderRow(standing.rank(), standing.team(), standing.total(), round,
                    standing.total() / maximum, tied));
        }
        return rows;
    }

    /** The leaderboard of the whole class so far, without a round's points: for the end screen. */
    public List<LeaderRow> totals() {
        return session().map(s -> {
            double maximum = Math.max(100, s.maximumTotal());
            List<ClassSession.Standing> standings = s.standings();
            return standings.stream().map(standing -> new LeaderRow(standing.rank(), standing.team(), standing.total(),
                    Optional.<Long>empty(), standing.total() / maximum,
                    standings.stream().filter(o -> o.rank() == standing.rank()).count() > 1)).toList();
        }).orElse(List.of());
    }

    /**
     * One step of the podium: a rank and the teams that share it.
     *
     * @param rank  1, 2 or 3 (a tie for first makes the next step's rank 3)
     * @param teams the teams on this step, in team order
     * @param total their points
     */
    public record PodiumStep(int rank, List<String> teams, long total) {
        public PodiumStep {
            teams = List.copyOf(teams);
        }
    }

    /** The podium: the teams on ranks 1 to 3, one step per rank, best first; empty before any answer. */
    public List<PodiumStep> podium() {
        Optional<ClassSession> session = session().filter(s -> !s.winners().isEmpty());
        if (session.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<ClassSession.Standing>> byRank = new LinkedHashMap<>();
        for (ClassSession.Standing standing : session.get().standings()) {
            if (standing.rank() <= 3) {
                byRank.computeIfAbsent(standing.rank(), r -> new ArrayList<>()).add(standing);
            }
        }
        List<PodiumStep> steps = new ArrayList<>();
        byRank.forEach((rank, standings) -> steps.add(new PodiumStep(rank,
                standings.stream().map(ClassSession.Standing::team).toList(), standings.get(0).total())));
        return steps;
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
    public Optional<Consensus> consensus(Scenario scenario) {
        return switch (scenario) {
            case RankingScenario ranking -> consensus(ranking);
            case EstimateScenario _, ChoiceScenario _, DecisionScenario _ -> Optional.empty();
        };
    }

    private Optional<Consensus> consensus(RankingScenario ranking) {
        List<RankingAnswer> ballots = rounds.getOrDefault(ranking.id(), Map.of()).values().stream()
                .map(Recorded::answer).filter(RankingAnswer.class::isInstance).map(RankingAnswer.class::cast).toList();
        if (ballots.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = localization.getLocale();
        BordaConsensus consensus = BordaConsensus.of(ranking, ballots);
        ScoreResult result = consensus.score(new RankingScorer(scorer.valueModel(ranking.perspectiveId())), ranking);
        List<String> consensusLines = new ArrayList<>();
        for (int i = 0; i < consensus.order().size(); i++) {
            String id = consensus.order().get(i);
            consensusLines.add(localization.get("teams.consensus.line", i + 1, itemName(id), consensus.points().get(id)));
        }
        // The scorer's first sentence about a wrongly ordered pair is the question for the class.
        Optional<String> discussion = result.explanations().stream()
                .filter(e -> e.tone() == org.leaklab.scoring.Explanation.Tone.WRONG
                        || e.tone() == org.leaklab.scoring.Explanation.Tone.PARTLY)
                .findFirst().map(e -> e.render(locale));
        return Optional.of(new Consensus(consensusLines, Math.round(result.score()),
                result.explanations().get(0).render(locale), discussion));
    }

    private String itemName(String itemId) {
        return caseData.item(itemId).map(i -> i.name().in(localization.getLocale())).orElse(itemId);
    }

    /** The options of a choice scenario as "A", "B" ..., with their texts, for the toggles. */
    public List<String[]> optionLabels(ChoiceScenario choice) {
        List<String[]> labels = new ArrayList<>();
        char letter = 'A';
        for (ChoiceOption option : choice.options()) {
            labels.add(new String[] {option.id(), String.valueOf(letter++), option.text().in(localization.getLocale())});
        }
        return labels;
    }

    /** The endings of a decision story, for the teacher to pick the one a team reached. */
    public List<String[]> endingLabels(DecisionScenario decision) {
        return decision.endStates().stream().map((EndState e) -> new String[] {e.id(), e.title().in(localization.getLocale())})
                .toList();
    }

    // ---- the session and saving ---------------------------------------------------------------

    private boolean hasAnswers() {
        return !rounds.isEmpty();
    }

    /** The class session so far; empty before teams are set up. */
    public Optional<ClassSession> session() {
        if (!hasTeams()) {
            return Optional.empty();
        }
        List<ClassSession.Round> played = new ArrayList<>();
        rounds.forEach((scenarioId, answers) -> {
            List<ClassSession.TeamAnswer> list = new ArrayList<>();
            answers.forEach((team, recorded) -> list.add(new ClassSession.TeamAnswer(teams.get(team),
                    recorded.answer(), recorded.score())));
            played.add(new ClassSession.Round(scenarioId, list));
        });
        return Optional.of(new ClassSession(sessionId, startedAt, caseData.id(), teams, played));
    }

    /** A scenario was revealed: the leaderboard shows, and the session is saved so nothing is lost. */
    public void revealed() {
        if (unsaved) {
            save();
        }
    }

    /** True if answers were recorded since the last successful save. */
    public boolean isUnsaved() {
        return unsaved;
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
        if (session().filter(s -> !s.rounds().isEmpty()).isPresent()) {
            save();
            return;
        }
        try {
            services.background().execute(() -> {
                try {
                    List<ClassSession> waiting = store.unsaved();
                    if (!waiting.isEmpty()) {
                        store.save(waiting.get(0));
                    }
                } catch (IOException | RuntimeException e) {
                    // Still not saved: the store keeps the sessions, and its listeners are told why.
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // LeakLab is closing; quitting asks about unsaved results.
        }
    }

    /** {@link #save()}, then {@code afterwards} on the JavaFX thread, whether the save worked or not. */
    public void save(Runnable afterwards) {
        Optional<ClassSession> snapshot = session().filter(s -> !s.rounds().isEmpty());
        if (snapshot.isEmpty()) {
            afterwards.run();
            return;
        }
        unsaved = false;
        saving.set(true);
        ClassSession session = snapshot.get();
        try {
            services.background().execute(() -> write(session, afterwards));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            failed(e, afterwards); // LeakLab is closing: say so rather than lose the class silently
        }
    }

    private void write(ClassSession session, Runnable afterwards) {
        {
            try {
                ResultsStore.Outcome outcome = store.save(session);
                services.fxThread().execute(() -> {
                    saving.set(false);
                    saveProblem.set("");
                    outcome.problem().ifPresent(p -> services.status().warn(
                            FileProblems.describe(localization, FileProblems.Subject.RESULTS, p)));
                    afterwards.run();
                });
            } catch (IOException | RuntimeException e) {
                services.fxThread().execute(() -> failed(e, afterwards));
            }
        }
    }

    private void failed(Exception e, Runnable afterwards) {
        saving.set(false);
        unsaved = true;
        // In words, naming the folder: never the exception's text (a temporary file, a class name).
        String text = FileProblems.describe(localization, FileProblems.Subject.RESULTS, FileProblems.of(e, store.file()));
        saveProblem.set(text);
        services.status().warn(text);
        afterwards.run();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Points as the leaderboard shows them ("+85"). */
    public String roundPointsText(LeaderRow row) {
        return row.roundPoints().map(p -> localization.get("teams.leaderboard.round", p))
                .orElse(localization.get("teams.leaderboard.noAnswer"));
    }

    /** "1", or "1 =" with a tie. */
    public String rankText(LeaderRow row) {
        return row.tied() ? localization.get("teams.leaderboard.rankTied", row.rank())
                : NumberFormat.getIntegerInstance(localization.getLocale()).format(row.rank());
    }
}
