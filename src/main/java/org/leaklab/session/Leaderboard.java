package org.leaklab.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leaderboard of a class session as the presenter shows it: the totals with shared ranks,
 * a round's points, each total's share of the bars' scale, and the podium.
 */
public final class Leaderboard {
    private Leaderboard() {
    }

    /**
     * One line of the leaderboard.
     *
     * @param rank        1 for the best; teams with the same total share it
     * @param team        the team
     * @param total       its points, rounded
     * @param roundPoints its points in the round shown, if it answered; empty on the totals
     * @param share       its total against the scale, 0 to 1
     * @param tied        another team shares the rank
     */
    public record Row(int rank, String team, long total, Optional<Long> roundPoints, double share, boolean tied) {
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

    /** The leaderboard after {@code scenarioId}'s reveal: totals so far, shared ranks, that round's points. */
    public static List<Row> after(ClassSession session, String scenarioId) {
        return rows(session, Optional.of(scenarioId));
    }

    /** The leaderboard of the whole class so far, without a round's points: for the end screen. */
    public static List<Row> totals(ClassSession session) {
        return rows(session, Optional.empty());
    }

    private static List<Row> rows(ClassSession session, Optional<String> scenarioId) {
        List<ClassSession.Standing> standings = session.standings();
        // The scale is the most a team could have had, and at least one round's worth.
        double maximum = Math.max(100, session.maximumTotal());
        List<Row> rows = new ArrayList<>();
        for (ClassSession.Standing standing : standings) {
            Optional<Long> round = scenarioId.flatMap(session::round).flatMap(r -> r.answerOf(standing.team()))
                    .map(a -> Math.round(a.score()));
            boolean tied = standings.stream().filter(o -> o.rank() == standing.rank()).count() > 1;
            rows.add(new Row(standing.rank(), standing.team(), standing.total(), round, standing.total() / maximum,
                    tied));
        }
        return rows;
    }

    /** The podium: the teams on ranks 1 to 3, one step per rank, best first; empty before any answer. */
    public static List<PodiumStep> podium(ClassSession session) {
        if (session.winners().isEmpty()) {
            return List.of();
        }
        Map<Integer, List<ClassSession.Standing>> byRank = new LinkedHashMap<>();
        for (ClassSession.Standing standing : session.standings()) {
            if (standing.rank() <= 3) {
                byRank.computeIfAbsent(standing.rank(), r -> new ArrayList<>()).add(standing);
            }
        }
        List<PodiumStep> steps = new ArrayList<>();
        byRank.forEach((rank, standings) -> steps.add(new PodiumStep(rank,
                standings.stream().map(ClassSession.Standing::team).toList(), standings.get(0).total())));
        return steps;
    }
}
