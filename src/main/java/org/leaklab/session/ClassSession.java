package org.leaklab.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leaklab.model.Answer;

/**
 * One lesson played by teams in front of a class: which case, which teams, and per scenario each
 * team's answer and score. Only team names are kept, never anything about a person.
 *
 * @param id        stable id (a UUID), unique among saved sessions
 * @param startedAt when the lesson began
 * @param caseId    the {@code Case#id()} played
 * @param teams     the team names, in the order the teacher entered them
 * @param rounds    one per scenario that was played, in playing order
 */
public record ClassSession(String id, Instant startedAt, String caseId, List<String> teams,
                           List<Round> rounds) {
    /** Fewest teams a class session has. */
    public static final int MIN_TEAMS = 2;
    /** Most teams a class session has; more would not fit on a leaderboard the back row can read. */
    public static final int MAX_TEAMS = 8;
    /** Longest team name; longer names would not fit on the leaderboard. */
    public static final int MAX_TEAM_NAME = 40;

    /**
     * The team answers to one scenario.
     *
     * @param scenarioId the scenario of the case
     * @param answers    at most one per team, in entry order
     */
    public record Round(String scenarioId, List<TeamAnswer> answers) {
        public Round {
            Objects.requireNonNull(scenarioId, "scenarioId");
            answers = List.copyOf(answers);
            Set<String> seen = new HashSet<>();
            for (TeamAnswer answer : answers) {
                if (!seen.add(answer.team())) {
                    throw new IllegalArgumentException("team " + answer.team() + " answered " + scenarioId + " twice");
                }
            }
        }

        /** The answer of {@code team}, if it gave one. */
        public Optional<TeamAnswer> answerOf(String team) {
            return answers.stream().filter(a -> a.team().equals(team)).findFirst();
        }
    }

    /**
     * What one team answered and scored.
     *
     * @param team   the team's name
     * @param answer the answer
     * @param score  0 to 100
     */
    public record TeamAnswer(String team, Answer answer, double score) {
        public TeamAnswer {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(answer, "answer");
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("score outside 0..100: " + score);
            }
        }
    }

    /**
     * A team's place on the leaderboard. Teams with the same rounded total share a rank, and the
     * next rank skips accordingly (1, 1, 3), as in sports tables.
     *
     * @param team  the team
     * @param total its points, rounded to whole points
     * @param rank  1 for the best
     */
    public record Standing(String team, long total, int rank) {
    }

    public ClassSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(caseId, "caseId");
        teams = List.copyOf(teams);
        rounds = List.copyOf(rounds);
        List<String> problems = teamProblems(teams);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Set<String> scenarios = new HashSet<>();
        for (Round round : rounds) {
            if (!scenarios.add(round.scenarioId())) {
                throw new IllegalArgumentException("scenario " + round.scenarioId() + " played twice");
            }
            for (TeamAnswer answer : round.answers()) {
                if (!teams.contains(answer.team())) {
                    throw new IllegalArgumentException("answer by unknown team " + answer.team());
                }
            }
        }
    }

    /** What is wrong with {@code teams} as the teams of a session, in English for logs; empty if nothing. */
    static List<String> teamProblems(List<String> teams) {
        List<String> problems = new ArrayList<>();
        if (teams.size() < MIN_TEAMS || teams.size() > MAX_TEAMS) {
            problems.add("a class session has " + MIN_TEAMS + " to " + MAX_TEAMS + " teams, not " + teams.size());
        }
        Set<String> seen = new HashSet<>();
        for (String team : teams) {
            if (team == null || team.isBlank() || !team.equals(team.strip()) || team.length() > MAX_TEAM_NAME) {
                problems.add("invalid team name: " + team);
            } else if (!seen.add(team)) {
                problems.add("team name twice: " + team);
            }
        }
        return problems;
    }

    /** The round of {@code scenarioId}, if it was played. */
    public Optional<Round> round(String scenarioId) {
        return rounds.stream().filter(r -> r.scenarioId().equals(scenarioId)).findFirst();
    }

    /** Each team's total points over all rounds, in team order. */
    public Map<String, Double> totals() {
        Map<String, Double> totals = new LinkedHashMap<>();
        teams.forEach(team -> totals.put(team, 0.0));
        for (Round round : rounds) {
            for (TeamAnswer answer : round.answers()) {
                totals.merge(answer.team(), answer.score(), Double::sum);
            }
        }
        return totals;
    }

    /** The leaderboard: best first, shared ranks for equal rounded totals, ties in team order. */
    public List<Standing> standings() {
        return standings(totals());
    }

    /** The leaderboard for {@code totals} (team to points, in team order). */
    public static List<Standing> standings(Map<String, Double> totals) {
        List<Map.Entry<String, Long>> rounded = new ArrayList<>();
        totals.forEach((team, total) -> rounded.add(Map.entry(team, Math.round(total))));
        // List.sort is stable: equal totals keep the team order.
        rounded.sort(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue()).reversed());
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < rounded.size(); i++) {
            long total = rounded.get(i).getValue();
            int rank = i > 0 && standings.get(i - 1).total() == total ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rounded.get(i).getKey(), total, rank));
        }
        return List.copyOf(standings);
    }

    /** The teams in first place (several when tied); none before any answer was scored. */
    public List<String> winners() {
        if (rounds.stream().allMatch(r -> r.answers().isEmpty())) {
            return List.of();
        }
        return standings().stream().filter(s -> s.rank() == 1).map(Standing::team).toList();
    }

    /** The most points a team could have had: 100 per round played. */
    public int maximumTotal() {
        return 100 * rounds.size();
    }
}
