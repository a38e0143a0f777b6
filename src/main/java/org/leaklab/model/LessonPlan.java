package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * A selection of the case's scenarios for one lesson, such as the 45-minute lesson or the whole
 * case. The scenarios keep the order in which the case plays them (the pack validator checks it),
 * because the case is written so that no scenario gives away the answer of a later one.
 *
 * @param id          stable id, such as {@code lesson-45}
 * @param title       the plan in a few words ("45-minute lesson")
 * @param description what it covers and what it leaves out
 * @param minutes     the lesson time the plan is made for, briefing and discussion included
 * @param scenarioIds the scenarios played, in case order; at least one
 */
public record LessonPlan(String id, LocalizedText title, LocalizedText description, int minutes,
                         List<String> scenarioIds) {
    public LessonPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        scenarioIds = List.copyOf(scenarioIds);
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes " + minutes + " below 1");
        }
        if (scenarioIds.isEmpty() || scenarioIds.stream().distinct().count() != scenarioIds.size()) {
            throw new IllegalArgumentException("a lesson plan needs distinct scenarios: " + scenarioIds);
        }
    }

    /** Whether the plan plays the scenario with {@code scenarioId}. */
    public boolean includes(String scenarioId) {
        return scenarioIds.contains(scenarioId);
    }
}
