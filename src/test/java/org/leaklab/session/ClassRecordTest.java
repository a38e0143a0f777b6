package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.model.EstimateAnswer;

class ClassRecordTest {
    private static final Instant START = Instant.parse("2024-03-05T09:15:00Z");

    private static ClassRecord threeTeams() {
        ClassRecord record = new ClassRecord("s1", START, "amazon-2018");
        record.setTeams(List.of("Foxes", "Owls", "Bees"));
        return record;
    }

    @Test
    void aNewClassHasNoTeamsAndNothingToSave() {
        ClassRecord record = new ClassRecord("s1", START, "amazon-2018");
        assertFalse(record.hasTeams());
        assertFalse(record.hasAnswers());
        assertTrue(record.session().isEmpty(), "no session before teams are set up");
        assertThrows(IllegalArgumentException.class, () -> record.setTeams(List.of("Only")));
        assertThrows(IllegalArgumentException.class, () -> record.setTeams(List.of("Foxes", "Foxes")));
    }

    @Test
    void recordsAnswersByTeamAndScenarioInTheOrderPlayed() {
        ClassRecord record = threeTeams();
        record.record("estimate", 1, new EstimateAnswer(300), 80);
        record.record("choice", 0, new EstimateAnswer(1), 10);
        record.record("estimate", 0, new EstimateAnswer(200), 50);
        assertEquals(List.of("estimate", "choice"), record.playedScenarioIds());
        assertEquals(2, record.answeredCount("estimate"));
        assertTrue(record.hasAnswered("estimate", 1));
        assertFalse(record.hasAnswered("estimate", 2));
        assertEquals(List.of(new EstimateAnswer(300), new EstimateAnswer(200)), record.answers("estimate"));
        assertEquals(Optional.of(new ClassRecord.Recorded(new EstimateAnswer(300), 80)), record.answer("estimate", 1));
        assertThrows(IndexOutOfBoundsException.class, () -> record.record("estimate", 3, new EstimateAnswer(1), 0));

        ClassSession session = record.session().orElseThrow();
        assertEquals("s1", session.id());
        assertEquals(START, session.startedAt());
        assertEquals(List.of("Foxes", "Owls", "Bees"), session.teams());
        assertEquals(List.of("Owls", "Foxes"), session.round("estimate").orElseThrow().answers().stream()
                .map(ClassSession.TeamAnswer::team).toList(), "answers in entry order");
        assertEquals(60.0, session.totals().get("Foxes"));
    }

    @Test
    void undoTakesBackTheLastEntryAndBringsAnEarlierAnswerBack() {
        ClassRecord record = threeTeams();
        assertFalse(record.canUndo("estimate"));
        assertTrue(record.undo("estimate").isEmpty());
        record.record("estimate", 0, new EstimateAnswer(100), 20);
        record.record("estimate", 0, new EstimateAnswer(300), 90);
        record.record("estimate", 2, new EstimateAnswer(50), 5);

        assertEquals(Optional.of(new ClassRecord.Undone(2, Optional.empty())), record.undo("estimate"));
        assertFalse(record.hasAnswered("estimate", 2));
        ClassRecord.Undone changed = record.undo("estimate").orElseThrow();
        assertEquals(0, changed.team());
        assertEquals(new EstimateAnswer(100), changed.previous().orElseThrow().answer(), "the earlier answer again");
        assertEquals(20, record.answer("estimate", 0).orElseThrow().score());
        assertTrue(record.canUndo("estimate"));
        record.undo("estimate");
        assertFalse(record.canUndo("estimate"));
        assertFalse(record.hasAnswers(), "a round without answers is gone");
        assertEquals(List.of(), record.playedScenarioIds());
    }

    @Test
    void theNextTeamToEnterIsTheNextWithoutAnAnswerGoingRound() {
        ClassRecord record = threeTeams();
        assertEquals(0, record.firstUnanswered("estimate"));
        record.record("estimate", 0, new EstimateAnswer(1), 0);
        assertEquals(1, record.firstUnanswered("estimate"));
        record.record("estimate", 2, new EstimateAnswer(1), 0);
        assertEquals(1, record.nextUnanswered("estimate", 2), "going round past the last team");
        record.record("estimate", 1, new EstimateAnswer(1), 0);
        assertEquals(-1, record.nextUnanswered("estimate", 1));
        assertEquals(0, record.firstUnanswered("estimate"), "every team answered: the first");
    }

    @Test
    void renamingTeamsKeepsTheirAnswersButTheirNumberStays() {
        ClassRecord record = threeTeams();
        record.record("estimate", 1, new EstimateAnswer(1), 40);
        record.setTeams(List.of("Foxes", "Night owls", "Bees"));
        assertEquals(40.0, record.session().orElseThrow().totals().get("Night owls"));
        assertThrows(IllegalStateException.class, () -> record.setTeams(List.of("A", "B")));
    }

    @Test
    void aSavedClassContinuesWithTheScenariosTheCaseStillHas() {
        ClassSession saved = ClassSessions.allKinds("old");
        ClassRecord record = ClassRecord.of(saved, id -> !id.equals("choice-measures"));
        assertEquals("old", record.id());
        assertEquals(saved.teams(), record.teams());
        assertEquals(List.of("rank-seller", "estimate-sales-stats", "decision-employee"), record.playedScenarioIds());
        assertEquals(87.5, record.answer("rank-seller", 0).orElseThrow().score());
        assertFalse(record.canUndo("rank-seller"), "nothing of an earlier lesson is taken back");
        assertEquals(saved.round("rank-seller"), record.session().orElseThrow().round("rank-seller"));
    }
}
