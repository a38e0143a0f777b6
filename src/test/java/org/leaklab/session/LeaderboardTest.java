package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.model.EstimateAnswer;

class LeaderboardTest {
    private static ClassSession session(double foxes1, double owls1, double bees1, double foxes2) {
        return new ClassSession("s", Instant.EPOCH, "c", List.of("Foxes", "Owls", "Bees"), List.of(
                new ClassSession.Round("one", List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(1), foxes1),
                        new ClassSession.TeamAnswer("Owls", new EstimateAnswer(1), owls1),
                        new ClassSession.TeamAnswer("Bees", new EstimateAnswer(1), bees1))),
                new ClassSession.Round("two", List.of(
                        new ClassSession.TeamAnswer("Foxes", new EstimateAnswer(1), foxes2)))));
    }

    @Test
    void aRoundsBoardHasTotalsSharesAndThatRoundsPoints() {
        List<Leaderboard.Row> rows = Leaderboard.after(session(50, 90, 10, 40.4), "two");
        assertEquals(List.of(
                new Leaderboard.Row(1, "Foxes", 90, Optional.of(40L), 0.45, true),
                new Leaderboard.Row(1, "Owls", 90, Optional.empty(), 0.45, true),
                new Leaderboard.Row(3, "Bees", 10, Optional.empty(), 0.05, false)), rows);
    }

    @Test
    void theTotalsHaveNoRoundPoints() {
        List<Leaderboard.Row> rows = Leaderboard.totals(session(50, 20, 10, 40));
        assertEquals(List.of("Foxes", "Owls", "Bees"), rows.stream().map(Leaderboard.Row::team).toList());
        assertTrue(rows.stream().allMatch(r -> r.roundPoints().isEmpty()));
        assertEquals(0.45, rows.get(0).share());
    }

    @Test
    void thePodiumHasOneStepPerRankUpToThree() {
        assertEquals(List.of(new Leaderboard.PodiumStep(1, List.of("Foxes", "Owls"), 90),
                new Leaderboard.PodiumStep(3, List.of("Bees"), 10)), Leaderboard.podium(session(50, 90, 10, 40)));
        ClassSession none = new ClassSession("s", Instant.EPOCH, "c", List.of("A", "B"), List.of());
        assertEquals(List.of(), Leaderboard.podium(none), "no podium before any answer");
        assertEquals(0.0, Leaderboard.totals(none).get(0).share(), "the scale is at least one round");
    }
}
