package org.leaklab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real case, told in English and German: what happened, who was involved, what was sold,
 * how to value it and the scenarios that teach it. Loaded from a case pack by
 * {@code org.leaklab.content.CasePackLoader}, which validates every reference before it builds one.
 *
 * @param id          stable id, such as {@code amazon-2018}
 * @param title       the case in a few words
 * @param summary     the briefing read before playing
 * @param timeline    dated events in order
 * @param roles       who acted or was affected
 * @param sources     publications the content relies on
 * @param attributes  the scored properties of items
 * @param items       data items, those of the case and contrasting ones
 * @param perspectives points of view with attribute weights
 * @param scenarios   the tasks
 * @param lessons     what the case teaches
 * @param lessonPlans selections of scenarios for a lesson (the 45-minute lesson, the whole case)
 */
public record Case(String id, LocalizedText title, LocalizedText summary, List<TimelineEvent> timeline,
                   List<Role> roles, List<Source> sources, List<AttributeDefinition> attributes,
                   List<DataItem> items, List<Perspective> perspectives, List<Scenario> scenarios,
                   List<Lesson> lessons, List<LessonPlan> lessonPlans) {
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        timeline = List.copyOf(timeline);
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
        attributes = List.copyOf(attributes);
        items = List.copyOf(items);
        perspectives = List.copyOf(perspectives);
        scenarios = List.copyOf(scenarios);
        lessons = List.copyOf(lessons);
        lessonPlans = List.copyOf(lessonPlans);
    }

    /** A case without lesson plans: every lesson plays the whole case. */
    public Case(String id, LocalizedText title, LocalizedText summary, List<TimelineEvent> timeline,
                List<Role> roles, List<Source> sources, List<AttributeDefinition> attributes,
                List<DataItem> items, List<Perspective> perspectives, List<Scenario> scenarios,
                List<Lesson> lessons) {
        this(id, title, summary, timeline, roles, sources, attributes, items, perspectives, scenarios, lessons,
                List.of());
    }

    /** The item with {@code itemId}. */
    public Optional<DataItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The perspective with {@code perspectiveId}. */
    public Optional<Perspective> perspective(String perspectiveId) {
        return perspectives.stream().filter(p -> p.id().equals(perspectiveId)).findFirst();
    }

    /** The attribute with {@code attributeId}. */
    public Optional<AttributeDefinition> attribute(String attributeId) {
        return attributes.stream().filter(a -> a.id().equals(attributeId)).findFirst();
    }

    /** The source with {@code sourceId}. */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /** The scenario with {@code scenarioId}. */
    public Optional<Scenario> scenario(String scenarioId) {
        return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }

    /** The lesson with {@code lessonId}. */
    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** The lesson the reveal and feedback of the scenario {@code scenarioId} end with, if a lesson names it. */
    public Optional<Lesson> lessonAfter(String scenarioId) {
        return lessons.stream().filter(l -> l.scenarioIds().contains(scenarioId)).findFirst();
    }

    /** The lesson plan with {@code planId}. */
    public Optional<LessonPlan> lessonPlan(String planId) {
        return lessonPlans.stream().filter(p -> p.id().equals(planId)).findFirst();
    }

    /** The scenarios {@code plan} plays, in case order; ids the case does not have are skipped. */
    public List<Scenario> scenariosOf(LessonPlan plan) {
        return scenarios.stream().filter(s -> plan.includes(s.id())).toList();
    }

    /** The role with {@code roleId}. */
    public Optional<Role> role(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }
}
