package org.leaklab.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.leaklab.model.Answer;

/**
 * The record of a class as the teacher keeps it during a lesson: the teams, each team's answer
 * (with its score) per scenario, and what can be taken back. Teams are held by their place in
 * the list, so renaming a team keeps its answers. {@link #session()} gives the
 * {@link ClassSession} that is saved. Plain state: no threads, no store, no texts.
 */
public final class ClassRecord {
    /** A team's recorded answer and the score it was given. */
    public record Recorded(Answer answer, double score) {
        public Recorded {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * What an undo took back: the team whose entry it was and the answer it had before, if any
     * (which is its answer again).
     */
    public record Undone(int team, Optional<Recorded> previous) {
    }

    private record Entry(int team, Recorded previous) {
    }

    private final String id;
    private final Instant startedAt;
    private final String caseId;
    private final List<String> teams = new ArrayList<>();
    /** Scenario (in the order first answered) to team index (in entry order) to answer. */
    private final Map<String, Map<Integer, Recorded>> rounds = new LinkedHashMap<>();
    private final Map<String, Deque<Entry>> undo = new HashMap<>();

    /** A new class of {@code caseId} under {@code id}, begun at {@code startedAt}: no teams yet. */
    public ClassRecord(String id, Instant startedAt, String caseId) {
        this.id = Objects.requireNonNull(id, "id");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
    }

    /**
     * A class saved earlier, to continue: its teams and answers (with the scores given then). A
     * round of a scenario that {@code scenarioKnown} rejects is left out (the case no longer has
     * it; its points stay in the saved file only). Nothing can be taken back yet.
     */
    public static ClassRecord of(ClassSession session, Predicate<String> scenarioKnown) {
        ClassRecord record = new ClassRecord(session.id(), session.startedAt(), session.caseId());
        record.teams.addAll(session.teams());
        for (ClassSession.Round round : session.rounds()) {
            if (!scenarioKnown.test(round.scenarioId())) {
                continue;
            }
            Map<Integer, Recorded> answers = new LinkedHashMap<>();
            for (ClassSession.TeamAnswer answer : round.answers()) {
                answers.put(record.teams.indexOf(answer.team()), new Recorded(answer.answer(), answer.score()));
            }
            record.rounds.put(round.scenarioId(), answers);
        }
        return record;
    }

    /** The id the class is saved under. */
    public String id() {
        return id;
    }

    /** When the lesson began. */
    public Instant startedAt() {
        return startedAt;
    }

    /** The case played. */
    public String caseId() {
        return caseId;
    }

    /** The team names, in order; empty before teams are set up. */
    public List<String> teams() {
        return List.copyOf(teams);
    }

    /** True once teams are set up. */
    public boolean hasTeams() {
        return !teams.isEmpty();
    }

    /** True once any team answer is recorded. */
    public boolean hasAnswers() {
        return !rounds.isEmpty();
    }

    /**
     * The teams from now on, by place: team 1's answers are those of the first name. Once answers
     * are recorded the number of teams stays.
     *
     * @throws IllegalArgumentException if the names are not valid teams of a class session
     * @throws IllegalStateException    if answers are recorded and the number of teams differs
     */
    public void setTeams(List<String> names) {
        List<String> problems = ClassSession.teamProblems(names);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (hasAnswers() && names.size() != teams.size()) {
            throw new IllegalStateException("answers are recorded for " + teams.size() + " teams, not " + names.size());
        }
        teams.clear();
        teams.addAll(names);
    }

    /** The scenarios answered so far, in the order they were first answered. */
    public List<String> playedScenarioIds() {
        return List.copyOf(rounds.keySet());
    }

    /** The recorded answer of {@code team} to {@code scenarioId}. */
    public Optional<Recorded> answer(String scenarioId, int team) {
        return Optional.ofNullable(rounds.getOrDefault(scenarioId, Map.of()).get(team));
    }

    /** True if {@code team} has a recorded answer to {@code scenarioId}. */
    public boolean hasAnswered(String scenarioId, int team) {
        return answer(scenarioId, team).isPresent();
    }

    /** How many teams have answered {@code scenarioId}. */
    public int answeredCount(String scenarioId) {
        return rounds.getOrDefault(scenarioId, Map.of()).size();
    }

    /** The answers recorded for {@code scenarioId}, in the order they were entered. */
    public List<Answer> answers(String scenarioId) {
        return rounds.getOrDefault(scenarioId, Map.of()).values().stream().map(Recorded::answer).toList();
    }

    /**
     * Records {@code answer} of {@code team} to {@code scenarioId}, scored {@code score}; an earlier
     * answer of the team is replaced (and comes back with {@link #undo}).
     */
    public void record(String scenarioId, int team, Answer answer, double score) {
        Objects.checkIndex(team, teams.size());
        Recorded recorded = new Recorded(answer, score);
        Map<Integer, Recorded> round = rounds.computeIfAbsent(scenarioId, s -> new LinkedHashMap<>());
        Recorded previous = round.remove(team);
        round.put(team, recorded);
        undo.computeIfAbsent(scenarioId, s -> new ArrayDeque<>()).push(new Entry(team, previous));
    }

    /** True if there is an entry of {@code scenarioId} to take back. */
    public boolean canUndo(String scenarioId) {
        return !undo.getOrDefault(scenarioId, new ArrayDeque<>()).isEmpty();
    }

    /** Takes back the last entry for {@code scenarioId}: the team's earlier answer, or none, again. */
    public Optional<Undone> undo(String scenarioId) {
        Deque<Entry> stack = undo.get(scenarioId);
        if (stack == null || stack.isEmpty()) {
            return Optional.empty();
        }
        Entry last = stack.pop();
        Map<Integer, Recorded> round = rounds.get(scenarioId);
        round.remove(last.team());
        if (last.previous() != null) {
            round.put(last.team(), last.previous());
        }
        if (round.isEmpty()) {
            rounds.remove(scenarioId);
        }
        return Optional.of(new Undone(last.team(), Optional.ofNullable(last.previous())));
    }

    /** The team to start entering with on a scenario: the first without an answer, else the first. */
    public int firstUnanswered(String scenarioId) {
        return Math.max(0, nextUnanswered(scenarioId, teams.size() - 1));
    }

    /** The next team after {@code after} (going round) without an answer to {@code scenarioId}; -1 if none. */
    public int nextUnanswered(String scenarioId, int after) {
        for (int step = 1; step <= teams.size(); step++) {
            int team = (after + step) % teams.size();
            if (!hasAnswered(scenarioId, team)) {
                return team;
            }
        }
        return -1;
    }

    /** The class session so far, as it is saved; empty before teams are set up. */
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
        return Optional.of(new ClassSession(id, startedAt, caseId, teams, played));
    }
}
