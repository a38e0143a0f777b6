package org.leaklab.session;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leaklab.model.Case;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.Scenario;

/**
 * Which scenarios a lesson plays: one of the case's lesson plans (the 45-minute lesson, the whole
 * case) or scenarios the teacher ticked. Play, presenter mode, the teams and the summary all work
 * on {@link #apply the case cut to the choice}, so they follow it without knowing of it, and a
 * class session saved from it holds rounds of the chosen scenarios only.
 *
 * @param planId      the lesson plan chosen, empty for scenarios ticked by hand (or the whole case
 *                    of a pack without plans)
 * @param scenarioIds the scenarios played, in the case's order; at least one
 */
public record LessonChoice(Optional<String> planId, List<String> scenarioIds) {
    public LessonChoice {
        Objects.requireNonNull(planId, "planId");
        scenarioIds = List.copyOf(scenarioIds);
        if (scenarioIds.isEmpty() || new HashSet<>(scenarioIds).size() != scenarioIds.size()) {
            throw new IllegalArgumentException("a lesson plays distinct scenarios, at least one: " + scenarioIds);
        }
    }

    /** Every scenario of the case: the pack's plan that plays all of them, if it has one. */
    public static LessonChoice wholeCase(Case caseData) {
        List<String> all = caseData.scenarios().stream().map(Scenario::id).toList();
        Optional<String> plan = caseData.lessonPlans().stream()
                .filter(p -> caseData.scenariosOf(p).size() == all.size()).map(LessonPlan::id).findFirst();
        return new LessonChoice(plan, all);
    }

    /** The scenarios of {@code plan}, in the case's order. */
    public static LessonChoice of(Case caseData, LessonPlan plan) {
        return new LessonChoice(Optional.of(plan.id()), caseData.scenariosOf(plan).stream().map(Scenario::id).toList());
    }

    /**
     * The scenarios ticked by hand, in the case's order; ids the case does not have are left out.
     *
     * @throws IllegalArgumentException if none of them is a scenario of the case
     */
    public static LessonChoice ticked(Case caseData, Collection<String> scenarioIds) {
        Set<String> ticked = Set.copyOf(scenarioIds);
        List<String> ids = caseData.scenarios().stream().map(Scenario::id).filter(ticked::contains).toList();
        return new LessonChoice(Optional.empty(), ids);
    }

    /**
     * The choice {@code played} (the case cut by {@link #apply}) was made with: the plan of
     * {@code caseData} that plays exactly its scenarios, if there is one, else its scenarios as ticked.
     */
    public static LessonChoice playedIn(Case caseData, Case played) {
        List<String> ids = played.scenarios().stream().map(Scenario::id).toList();
        Optional<String> plan = caseData.lessonPlans().stream()
                .filter(p -> caseData.scenariosOf(p).stream().map(Scenario::id).toList().equals(ids))
                .map(LessonPlan::id).findFirst();
        return new LessonChoice(plan, ids);
    }

    /** Whether every scenario of the case is played. */
    public boolean isWholeCase(Case caseData) {
        return scenarioIds.size() == caseData.scenarios().size()
                && caseData.scenarios().stream().allMatch(s -> scenarioIds.contains(s.id()));
    }

    /** The chosen scenarios of {@code caseData}, in its order; ids it does not have are skipped. */
    public List<Scenario> scenarios(Case caseData) {
        return caseData.scenarios().stream().filter(s -> scenarioIds.contains(s.id())).toList();
    }

    /**
     * The case as this lesson plays it: the same case with only the chosen scenarios (the items,
     * sources, lessons and plans all kept), or the case itself when the choice is all of it.
     *
     * @throws IllegalArgumentException if the case has none of the chosen scenarios
     */
    public Case apply(Case caseData) {
        if (isWholeCase(caseData)) {
            return caseData;
        }
        List<Scenario> played = scenarios(caseData);
        if (played.isEmpty()) {
            throw new IllegalArgumentException("case " + caseData.id() + " has none of the scenarios " + scenarioIds);
        }
        return new Case(caseData.id(), caseData.title(), caseData.summary(), caseData.timeline(), caseData.roles(),
                caseData.sources(), caseData.attributes(), caseData.items(), caseData.perspectives(), played,
                caseData.lessons(), caseData.lessonPlans());
    }
}
