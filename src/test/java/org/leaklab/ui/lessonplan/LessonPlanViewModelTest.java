package org.leaklab.ui.lessonplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.LocalizedText;
import org.leaklab.session.LessonChoice;
import org.leaklab.ui.common.Localization;

/** Choosing a lesson plan: the pack's plans, ticking by hand, at least one scenario, every change handed on. */
class LessonPlanViewModelTest {
    private static final Case AMAZON = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);

    private final Localization localization = new Localization(Locale.ENGLISH);
    private final List<LessonChoice> changes = new ArrayList<>();

    private LessonPlanViewModel plan(Case caseData, LessonChoice current) {
        return new LessonPlanViewModel(caseData, current, localization, changes::add);
    }

    private static LessonPlan shortest() {
        return AMAZON.lessonPlans().stream().min(java.util.Comparator.comparingInt(p -> p.scenarioIds().size()))
                .orElseThrow();
    }

    @Test
    void offersThePacksPlansAndTickingByHand() {
        LessonPlanViewModel vm = plan(AMAZON, LessonChoice.wholeCase(AMAZON));
        List<String> ids = vm.options().stream().map(LessonPlanViewModel.Option::id).toList();
        List<String> expected = new ArrayList<>(AMAZON.lessonPlans().stream().map(LessonPlan::id).toList());
        expected.add(LessonPlanViewModel.TICKED);
        assertEquals(expected, ids, "the pack has a whole-case plan, so no second one is added");
        LessonPlan shortest = shortest();
        LessonPlanViewModel.Option option = vm.options().stream().filter(o -> o.id().equals(shortest.id()))
                .findFirst().orElseThrow();
        assertEquals(shortest.scenarioIds().size() + " of 12 scenarios \u00b7 about " + shortest.minutes() + " minutes",
                option.details());
        assertEquals(LessonChoice.wholeCase(AMAZON).planId().orElseThrow(), vm.selectedProperty().get());
        assertFalse(vm.ticksEditableProperty().get());
        assertEquals(12, vm.scenarios().size());
        assertEquals(AMAZON.scenarios().stream().map(org.leaklab.model.Scenario::id).toList(),
                vm.scenarios().stream().map(LessonPlanViewModel.ScenarioRow::id).toList(), "in the pack's order");
        assertEquals("Ranking", vm.scenarios().get(firstOf(org.leaklab.model.RankingScenario.class)).kind());
        assertEquals("Choice", vm.scenarios().get(firstOf(org.leaklab.model.ChoiceScenario.class)).kind());
    }

    private static int firstOf(Class<? extends org.leaklab.model.Scenario> kind) {
        for (int i = 0; i < AMAZON.scenarios().size(); i++) {
            if (kind.isInstance(AMAZON.scenarios().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName());
    }

    @Test
    void choosingAPlanTicksItsScenariosAndHandsTheChoiceOn() {
        LessonPlanViewModel vm = plan(AMAZON, LessonChoice.wholeCase(AMAZON));
        LessonPlan shortest = shortest();
        vm.select(shortest.id());
        assertEquals(List.of(LessonChoice.of(AMAZON, shortest)), changes);
        for (LessonPlanViewModel.ScenarioRow row : vm.scenarios()) {
            assertEquals(shortest.includes(row.id()), vm.isTicked(row.id()), row.id());
        }
        assertFalse(vm.setTicked(vm.scenarios().get(0).id(), false) != vm.isTicked(vm.scenarios().get(0).id()));
        assertEquals(1, changes.size(), "a plan's ticks cannot be changed by hand");
        assertEquals("This lesson has " + shortest.scenarioIds().size() + " of the 12 scenarios.", vm.summary());
        assertEquals("\u201c" + shortest.title().in(Locale.ENGLISH) + "\u201d, " + shortest.scenarioIds().size()
                + " of 12 scenarios",
                LessonPlanViewModel.describe(AMAZON, vm.choiceProperty().get(), localization));
    }

    @Test
    void tickingByHandStartsFromTheTicksAndKeepsAtLeastOne() {
        LessonPlanViewModel vm = plan(AMAZON, LessonChoice.of(AMAZON, shortest()));
        vm.select(LessonPlanViewModel.TICKED);
        assertTrue(vm.ticksEditableProperty().get());
        assertEquals(Optional.empty(), changes.get(0).planId());
        assertEquals(shortest().scenarioIds().size(), changes.get(0).scenarioIds().size());
        List<String> ticked = new ArrayList<>(changes.get(0).scenarioIds());
        for (String id : ticked.subList(1, ticked.size())) {
            assertFalse(vm.setTicked(id, false));
        }
        assertTrue(vm.setTicked(ticked.get(0), false), "the last one stays");
        assertEquals("A lesson needs at least one scenario, so this one stays ticked.", vm.messageProperty().get());
        assertEquals(List.of(ticked.get(0)), vm.choiceProperty().get().scenarioIds());
        assertTrue(vm.setTicked("rank-platform", true));
        assertEquals("", vm.messageProperty().get());
        assertEquals("scenarios of your choice, 2 of 12",
                LessonPlanViewModel.describe(AMAZON, vm.choiceProperty().get(), localization));
    }

    @Test
    void aPackWithoutPlansOffersTheWholeCaseAndTicking() {
        Case bare = new Case(AMAZON.id(), LocalizedText.of("Bare", "Nackt"), AMAZON.summary(), AMAZON.timeline(),
                AMAZON.roles(), AMAZON.sources(), AMAZON.attributes(), AMAZON.items(), AMAZON.perspectives(),
                AMAZON.scenarios(), AMAZON.lessons());
        LessonPlanViewModel vm = plan(bare, LessonChoice.wholeCase(bare));
        assertEquals(List.of(LessonPlanViewModel.WHOLE_CASE, LessonPlanViewModel.TICKED),
                vm.options().stream().map(LessonPlanViewModel.Option::id).toList());
        assertEquals(LessonPlanViewModel.WHOLE_CASE, vm.selectedProperty().get());
        assertEquals("the whole case, 12 scenarios", LessonPlanViewModel.describe(bare, LessonChoice.wholeCase(bare),
                localization));
        localization.setLocale(Locale.GERMAN);
        assertEquals("Der ganze Fall", vm.options().get(0).title());
    }
}
