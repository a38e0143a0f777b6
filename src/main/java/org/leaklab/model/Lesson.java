package org.leaklab.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the case teaches, in one short title and a few sentences.
 *
 * @param id          stable id that decision end states refer to
 * @param title       the lesson in a few words
 * @param text        the lesson explained
 * @param sourceIds   the sources of the facts the lesson mentions
 * @param scenarioIds the scenarios whose reveal and feedback end with this lesson (a decision
 *                    story's end with the lesson of the ending reached, so none of them is here)
 */
public record Lesson(String id, LocalizedText title, LocalizedText text, List<String> sourceIds,
                     List<String> scenarioIds) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        sourceIds = List.copyOf(sourceIds);
        scenarioIds = List.copyOf(scenarioIds);
    }

    /** A lesson that no scenario ends with but a story's ending may name. */
    public Lesson(String id, LocalizedText title, LocalizedText text, List<String> sourceIds) {
        this(id, title, text, sourceIds, List.of());
    }

    /** A lesson that cites no source and that no scenario ends with. */
    public Lesson(String id, LocalizedText title, LocalizedText text) {
        this(id, title, text, List.of());
    }
}
