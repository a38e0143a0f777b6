package org.leaklab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.Scenario;

/** A lesson plays a plan of the pack, the whole case or ticked scenarios; the case cut to it is what everything plays. */
class LessonChoiceTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private static LessonPlan shortest() {
        return AMAZON.lessonPlans().stream().min(java.util.Comparator.comparingInt(p -> p.scenarioIds().size()))
                .orElseThrow();
    }

    private static List<String> ids(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::id).toList();
    }

    @Test
    void theWholeCaseIsThePacksPlanThatPlaysEverything() {
        LessonChoice whole = LessonChoice.wholeCase(AMAZON);
        assertEquals(ids(AMAZON.scenarios()), whole.scenarioIds());
        assertTrue(whole.isWholeCase(AMAZON));
        assertTrue(whole.planId().isPresent(), "the shipped pack names its whole-case plan");
        assertSame(AMAZON, whole.apply(AMAZON), "the whole case is the case itself");
    }

    @Test
    void aPlanPlaysItsScenariosInTheCasesOrderAndKeepsEverythingElse() {
        LessonPlan plan = shortest();
        LessonChoice choice = LessonChoice.of(AMAZON, plan);
        assertEquals(Optional.of(plan.id()), choice.planId());
        assertFalse(choice.isWholeCase(AMAZON));
        Case played = choice.apply(AMAZON);
        assertEquals(ids(AMAZON.scenariosOf(plan)), ids(played.scenarios()));
        assertEquals(AMAZON.id(), played.id());
        assertEquals(AMAZON.items(), played.items());
        assertEquals(AMAZON.sources(), played.sources());
        assertEquals(AMAZON.lessons(), played.lessons());
        assertEquals(AMAZON.lessonPlans(), played.lessonPlans());
    }

    @Test
    void tickedScenariosFollowTheCasesOrderAndUnknownIdsAreLeftOut() {
        List<String> all = ids(AMAZON.scenarios());
        LessonChoice choice = LessonChoice.ticked(AMAZON, List.of(all.get(5), "no-such-scenario", all.get(1)));
        assertEquals(List.of(all.get(1), all.get(5)), choice.scenarioIds());
        assertEquals(Optional.empty(), choice.planId());
        assertThrows(IllegalArgumentException.class, () -> LessonChoice.ticked(AMAZON, List.of("no-such-scenario")));
        assertThrows(IllegalArgumentException.class, () -> new LessonChoice(Optional.empty(), List.of("a", "a")));
    }

    @Test
    void aPlayThroughOfTheCutCaseCountsOnlyTheChosenScenarios() {
        LessonChoice choice = LessonChoice.of(AMAZON, shortest());
        PlayThrough play = new PlayThrough(choice.apply(AMAZON));
        assertEquals(choice.scenarioIds(), ids(play.scenarios()));
        Scenario first = play.scenarios().get(0);
        play.submit(first.id(), play.scorer().referenceAnswer(first));
        assertEquals(Math.round(100.0 / choice.scenarioIds().size()), play.totalScore(),
                "one full mark of the chosen scenarios, not of all twelve");
        String left = ids(AMAZON.scenarios()).stream().filter(id -> !choice.scenarioIds().contains(id)).findFirst()
                .orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> play.submit(left, new PlayThrough(AMAZON).scorer().referenceAnswer(AMAZON.scenario(left)
                        .orElseThrow())), "a scenario the lesson leaves out cannot be answered");
    }

    @Test
    void aSavedClassSessionOfTheCutCaseHoldsRoundsOfTheChosenScenariosOnly() {
        LessonChoice choice = LessonChoice.of(AMAZON, shortest());
        Case played = choice.apply(AMAZON);
        List<ClassSession.Round> rounds = played.scenarios().stream()
                .map(s -> new ClassSession.Round(s.id(), List.of())).toList();
        ClassSession session = new ClassSession("s", Instant.EPOCH, played.id(), List.of("A", "B"), rounds);
        assertEquals(AMAZON.id(), session.caseId(), "saved under the case's own id, so the history finds it");
        assertEquals(choice.scenarioIds(), session.rounds().stream().map(ClassSession.Round::scenarioId).toList());
    }

    @Test
    void theChoiceACutCaseWasMadeWithIsFoundAgain() {
        LessonPlan plan = shortest();
        assertEquals(LessonChoice.of(AMAZON, plan), LessonChoice.playedIn(AMAZON, LessonChoice.of(AMAZON, plan).apply(AMAZON)));
        assertEquals(LessonChoice.wholeCase(AMAZON), LessonChoice.playedIn(AMAZON, AMAZON));
        LessonChoice ticked = LessonChoice.ticked(AMAZON, List.of(AMAZON.scenarios().get(2).id()));
        assertEquals(ticked, LessonChoice.playedIn(AMAZON, ticked.apply(AMAZON)));
    }
}
