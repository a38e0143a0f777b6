package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leaklab.model.EstimateAnswer;

class ClassSessionTest {
    @Test
    void totalsAddUpEveryRound() {
        Map<String, Double> totals = ClassSessions.allKinds("s").totals();
        assertEquals(87.5 + 100 + 100, totals.get("Foxes"));
        assertEquals(40 + 12.25 + 50, totals.get("Owls"));
        assertEquals(List.of("Foxes"), ClassSessions.allKinds("s").winners());
        assertEquals(400, ClassSessions.allKinds("s").maximumTotal());
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("A", 120.0);
        totals.put("B", 180.2);
        totals.put("C", 179.8); // rounds to 180, like B: the leaderboard shows the same points
        totals.put("D", 90.0);
        assertEquals(List.of(new ClassSession.Standing("B", 180, 1), new ClassSession.Standing("C", 180, 1),
                new ClassSession.Standing("A", 120, 3), new ClassSession.Standing("D", 90, 4)),
                ClassSession.standings(totals));
    }

    @Test
    void aTieForFirstHasSeveralWinnersAndNoAnswersNone() {
        ClassSession tie = new ClassSession("t", Instant.EPOCH, "c", List.of("A", "B", "C"), List.of(
                new ClassSession.Round("s", List.of(new ClassSession.TeamAnswer("A", new EstimateAnswer(1), 50),
                        new ClassSession.TeamAnswer("C", new EstimateAnswer(1), 50)))));
        assertEquals(List.of("A", "C"), tie.winners());
        ClassSession none = new ClassSession("n", Instant.EPOCH, "c", List.of("A", "B"), List.of());
        assertEquals(List.of(), none.winners());
    }

    @Test
    void teamsAreTwoToEightDistinctNames() {
        assertThrows(IllegalArgumentException.class, () -> session(List.of("A")));
        assertThrows(IllegalArgumentException.class, () -> session(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I")));
        assertThrows(IllegalArgumentException.class, () -> session(List.of("A", "A")));
        assertThrows(IllegalArgumentException.class, () -> session(List.of("A", " ")));
        assertEquals(8, session(List.of("A", "B", "C", "D", "E", "F", "G", "H")).teams().size());
    }

    @Test
    void anAnswerByAnUnknownTeamOrTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ClassSession("x", Instant.EPOCH, "c", List.of("A", "B"),
                List.of(new ClassSession.Round("s", List.of(new ClassSession.TeamAnswer("Z", new EstimateAnswer(1), 5))))));
        assertThrows(IllegalArgumentException.class, () -> new ClassSession.Round("s", List.of(
                new ClassSession.TeamAnswer("A", new EstimateAnswer(1), 5),
                new ClassSession.TeamAnswer("A", new EstimateAnswer(2), 5))));
    }

    private static ClassSession session(List<String> teams) {
        return new ClassSession("x", Instant.EPOCH, "c", teams, List.of());
    }
}
