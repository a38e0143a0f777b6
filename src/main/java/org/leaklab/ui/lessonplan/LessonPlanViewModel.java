package org.leaklab.ui.lessonplan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leaklab.model.Case;
import org.leaklab.model.LessonPlan;
import org.leaklab.model.Scenario;
import org.leaklab.session.LessonChoice;
import org.leaklab.ui.common.Localization;
import org.leaklab.ui.kinds.ScenarioKinds;

/**
 * Choosing what a lesson plays: one of the case's lesson plans (the 45-minute lesson, the whole
 * case), or scenarios ticked by hand. Every change is handed on at once, so play, presenter mode
 * and the teams follow it from their next start.
 */
public final class LessonPlanViewModel {
    /** The option of ticking scenarios by hand. */
    public static final String TICKED = "ticked";
    /** The option of the whole case, for a pack whose plans do not include one. */
    public static final String WHOLE_CASE = "whole-case";

    /**
     * One plan to choose.
     *
     * @param id          the plan's id, {@link #WHOLE_CASE} or {@link #TICKED}
     * @param title       "45-minute lesson"
     * @param details     "7 of 12 scenarios · about 45 minutes"
     * @param description what it covers and what it leaves out; may be empty
     */
    public record Option(String id, String title, String details, String description) {
    }

    /**
     * One scenario to tick.
     *
     * @param id     the scenario
     * @param number its place in the case, from 1
     * @param title  its title
     * @param kind   "Ranking", "Estimate" ...
     */
    public record ScenarioRow(String id, int number, String title, String kind) {
    }

    private final Case caseData;
    private final Localization localization;
    private final Consumer<LessonChoice> onChange;
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper ticksEditable = new ReadOnlyBooleanWrapper(this, "ticksEditable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<LessonChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final Set<String> ticked = new LinkedHashSet<>();

    /**
     * @param current  the choice so far
     * @param onChange told every new choice
     */
    public LessonPlanViewModel(Case caseData, LessonChoice current, Localization localization,
                               Consumer<LessonChoice> onChange) {
        this.caseData = Objects.requireNonNull(caseData);
        this.localization = Objects.requireNonNull(localization);
        this.onChange = Objects.requireNonNull(onChange);
        choice.set(Objects.requireNonNull(current));
        ticked.addAll(current.scenarioIds());
        String option = current.planId().filter(id -> caseData.lessonPlan(id).isPresent())
                .orElse(current.isWholeCase(caseData) ? WHOLE_CASE : TICKED);
        if (WHOLE_CASE.equals(option) && caseData.lessonPlans().stream()
                .anyMatch(plan -> caseData.scenariosOf(plan).size() == caseData.scenarios().size())) {
            option = LessonChoice.wholeCase(caseData).planId().orElse(WHOLE_CASE);
        }
        selected.set(option);
        ticksEditable.set(TICKED.equals(option));
    }

    private Locale locale() {
        return localization.getLocale();
    }

    /** The case's title, for the dialog's heading. */
    public String caseTitle() {
        return caseData.title().in(locale());
    }

    /** The case's plans, a whole-case option if none of them is the whole case, and ticking by hand. */
    public List<Option> options() {
        List<Option> options = new ArrayList<>();
        boolean whole = false;
        for (LessonPlan plan : caseData.lessonPlans()) {
            int count = caseData.scenariosOf(plan).size();
            whole |= count == caseData.scenarios().size();
            options.add(new Option(plan.id(), plan.title().in(locale()),
                    localization.get("lessonPlan.option.details", count, caseData.scenarios().size(), plan.minutes()),
                    plan.description().in(locale())));
        }
        if (!whole) {
            options.add(0, new Option(WHOLE_CASE, localization.get("lessonPlan.wholeCase"),
                    localization.get("lessonPlan.option.count", caseData.scenarios().size()), ""));
        }
        options.add(new Option(TICKED, localization.get("lessonPlan.ticked"),
                localization.get("lessonPlan.ticked.details"), ""));
        return List.copyOf(options);
    }

    /** The option chosen. */
    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Chooses an option: a plan ticks its scenarios; ticking by hand starts from the ticks as they are. */
    public void select(String optionId) {
        if (TICKED.equals(optionId)) {
            selected.set(TICKED);
            ticksEditable.set(true);
            change(LessonChoice.ticked(caseData, ticked));
            return;
        }
        LessonChoice planned = WHOLE_CASE.equals(optionId) ? LessonChoice.wholeCase(caseData)
                : LessonChoice.of(caseData, caseData.lessonPlan(optionId).orElseThrow(
                        () -> new IllegalArgumentException("case " + caseData.id() + " has no lesson plan " + optionId)));
        selected.set(optionId);
        ticksEditable.set(false);
        ticked.clear();
        ticked.addAll(planned.scenarioIds());
        change(planned);
    }

    /** True while the scenarios are ticked by hand. */
    public ReadOnlyBooleanProperty ticksEditableProperty() {
        return ticksEditable.getReadOnlyProperty();
    }

    /** Every scenario of the case, in its order. */
    public List<ScenarioRow> scenarios() {
        List<ScenarioRow> rows = new ArrayList<>();
        List<Scenario> all = caseData.scenarios();
        for (int i = 0; i < all.size(); i++) {
            Scenario scenario = all.get(i);
            rows.add(new ScenarioRow(scenario.id(), i + 1, scenario.title().in(locale()), kind(scenario)));
        }
        return List.copyOf(rows);
    }

    private String kind(Scenario scenario) {
        return localization.get(ScenarioKinds.of(scenario).nameKey());
    }

    public boolean isTicked(String scenarioId) {
        return ticked.contains(scenarioId);
    }

    /**
     * Ticks or unticks a scenario (only while ticking by hand). The last ticked scenario stays:
     * a lesson plays at least one, and the message says so.
     *
     * @return whether the scenario is ticked afterwards
     */
    public boolean setTicked(String scenarioId, boolean tick) {
        if (!ticksEditable.get()) {
            return isTicked(scenarioId);
        }
        if (!tick && ticked.size() == 1 && ticked.contains(scenarioId)) {
            message.set(localization.get("lessonPlan.atLeastOne"));
            return true;
        }
        message.set("");
        if (tick) {
            ticked.add(scenarioId);
        } else {
            ticked.remove(scenarioId);
        }
        change(LessonChoice.ticked(caseData, ticked));
        return tick;
    }

    /** Why a tick could not be taken away; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The choice as it stands. */
    public ReadOnlyObjectProperty<LessonChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** "This lesson plays 7 of the 12 scenarios." */
    public String summary() {
        return localization.get("lessonPlan.summary", choice.get().scenarioIds().size(), caseData.scenarios().size());
    }

    private void change(LessonChoice now) {
        choice.set(now);
        onChange.accept(now);
    }

    /**
     * The choice in a few words, for the briefing and the status line: "45-minute lesson: 7 of 12
     * scenarios", "The whole case: 12 scenarios", "Scenarios of your choice: 5 of 12".
     */
    public static String describe(Case caseData, LessonChoice choice, Localization localization) {
        int total = caseData.scenarios().size();
        int played = choice.scenarios(caseData).size();
        Optional<LessonPlan> plan = choice.planId().flatMap(caseData::lessonPlan);
        if (plan.isPresent()) {
            return localization.get("lessonPlan.describe.plan", plan.get().title().in(localization.getLocale()),
                    played, total);
        }
        return choice.isWholeCase(caseData) ? localization.get("lessonPlan.describe.whole", total)
                : localization.get("lessonPlan.describe.ticked", played, total);
    }
}
